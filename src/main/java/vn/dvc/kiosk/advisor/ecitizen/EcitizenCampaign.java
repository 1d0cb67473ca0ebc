package vn.dvc.kiosk.advisor.ecitizen;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.kiosk.identity.CitizenIdNumber;
import vn.dvc.kiosk.shared.security.StaffMember;
import vn.dvc.kiosk.shared.security.StaffRole;
import vn.dvc.kiosk.shared.text.Sha256;
import vn.dvc.kiosk.shared.text.VietnameseText;

/**
 * The e-citizen campaign (issue 7): volunteers enrol residents of their commune with the resident's consent, tick the
 * four {@link EcitizenStep}s with them, and group leaders read the figures. A resident is found again by a one-way
 * hash of their ID number within the commune; the number itself is never stored.
 */
@Service
public class EcitizenCampaign {

    /** Bump when the consent text changes: a resident's row keeps the version (and hash) of the words they saw. */
    public static final String CONSENT_TEXT_VERSION = "2026-11-ecitizen-v1";
    /** The weeks the campaign view shows, this one included. */
    public static final int WEEKS_SHOWN = 8;
    /** The longest window the campaign view shows: a year of weeks still fits a tablet's table with scrolling. */
    public static final int MAX_WEEKS = 53;
    private static final int NAME_MAX = 200;

    private final ResidentRecordRepository residents;
    private final StepRecordRepository steps;
    private final CampaignQueries queries;
    private final Clock clock;

    EcitizenCampaign(ResidentRecordRepository residents, StepRecordRepository steps, CampaignQueries queries,
            Clock clock) {
        this.residents = residents;
        this.steps = steps;
        this.queries = queries;
        this.clock = clock;
    }

    /** Whether a typed ID number can be a citizen ID number (12 digits, a known province, a century in use). */
    public static boolean isValidIdNumber(String idNumber) {
        return idNumber != null && CitizenIdNumber.check(idNumber, null, null).isEmpty();
    }

    /** A name as stored: NFC, single spaces; empty when blank or longer than the column. */
    public static Optional<String> cleanName(String fullName) {
        if (fullName == null) {
            return Optional.empty();
        }
        String name = VietnameseText.nfc(fullName).strip().replaceAll("\\s+", " ");
        return name.isEmpty() || name.length() > NAME_MAX ? Optional.empty() : Optional.of(name);
    }

    /** The resident with this ID number in the volunteer's commune, if they were enrolled there. */
    @Transactional(readOnly = true)
    public Optional<EcitizenResident> find(StaffMember volunteer, String idNumber) {
        return residents.findByCommuneCodeAndSubjectHash(communeOf(volunteer), subjectHash(idNumber))
                .map(this::view);
    }

    /** A resident by id, only when they were enrolled in the volunteer's commune (or for a leader, anywhere). */
    @Transactional(readOnly = true)
    public Optional<EcitizenResident> get(StaffMember viewer, long residentId) {
        return residents.findById(residentId)
                .filter(record -> viewer.communeCode() == null ? viewer.role() == StaffRole.LEADER
                        : viewer.communeCode().equals(record.getCommuneCode()))
                .map(this::view);
    }

    /**
     * Enrols a resident who has just tapped "Tôi đồng ý": the consent text they were shown is kept as its version and
     * hash. Enrolling someone already in the commune's list returns their record unchanged.
     */
    @Transactional
    public EcitizenResident enrol(StaffMember volunteer, String idNumber, String fullName, String shownConsentText,
            Locale locale) {
        if (!isValidIdNumber(idNumber)) {
            throw new IllegalArgumentException("Not a citizen ID number");
        }
        String name = cleanName(fullName).orElseThrow(() -> new IllegalArgumentException("Name missing or too long"));
        String commune = communeOf(volunteer);
        String hash = subjectHash(idNumber);
        Optional<ResidentRecord> existing = residents.findByCommuneCodeAndSubjectHash(commune, hash);
        if (existing.isPresent()) {
            return view(existing.get());
        }
        ResidentRecord record = new ResidentRecord(commune, groupOf(volunteer), hash, name,
                idNumber.substring(idNumber.length() - 4), CONSENT_TEXT_VERSION,
                Sha256.hex(VietnameseText.nfc(shownConsentText)), locale.getLanguage(), clock.instant(),
                volunteer.username(), volunteer.displayName());
        try {
            return view(residents.saveAndFlush(record));
        } catch (DataIntegrityViolationException sameMomentOnAnotherTablet) {
            throw new EnrolledElsewhereJustNow(sameMomentOnAnotherTablet);
        }
    }

    /** Ticks a step today for this volunteer. */
    @Transactional
    public EcitizenResident tick(StaffMember volunteer, long residentId, EcitizenStep step) {
        ResidentRecord record = own(volunteer, residentId);
        Checklist checklist = checklistOf(residentId);
        checklist.whyNotTick(step).ifPresent(reason -> {
            throw new StepRefused(reason);
        });
        try {
            steps.saveAndFlush(new StepRecord(residentId, step, today(), volunteer.username(),
                    volunteer.displayName(), groupOf(volunteer), record.getCommuneCode(), clock.instant()));
        } catch (DataIntegrityViolationException tickedOnAnotherTabletJustNow) {
            throw new StepRefused(StepRefused.Reason.ALREADY_DONE);
        }
        return view(record);
    }

    /** Takes back a tick made by mistake: the same day, by the same volunteer, the last step ticked. */
    @Transactional
    public EcitizenResident untick(StaffMember volunteer, long residentId, EcitizenStep step) {
        ResidentRecord record = own(volunteer, residentId);
        checklistOf(residentId).whyNotUntick(step, today(), volunteer.username()).ifPresent(reason -> {
            throw new StepRefused(reason);
        });
        steps.deleteByResidentIdAndStep(residentId, step);
        steps.flush();
        return view(record);
    }

    /**
     * The resident withdrew their consent (Law 91/2025 allows it at any time): their row and their steps are deleted,
     * so they leave the figures too. Any advisor of the commune can do it, on any day.
     */
    @Transactional
    public void forget(StaffMember volunteer, long residentId) {
        ResidentRecord record = own(volunteer, residentId);
        steps.deleteByResidentId(residentId);
        residents.delete(record);
        residents.flush();
    }

    /** The figures of the last {@value #WEEKS_SHOWN} ISO weeks (this one included) for a group, or all when null. */
    @Transactional(readOnly = true)
    public CampaignFigures figures(String groupCode) {
        return figures(groupCode, IsoWeek.of(today()).minusWeeks(WEEKS_SHOWN - 1).monday(), today());
    }

    /**
     * The figures of one volunteer group (a group leader's view), or of all groups when {@code groupCode} is null,
     * from one day to another, both included; at most {@value #MAX_WEEKS} weeks, so the table stays readable.
     */
    @Transactional(readOnly = true)
    public CampaignFigures figures(String groupCode, LocalDate from, LocalDate to) {
        if (!isValidWindow(from, to)) {
            throw new IllegalArgumentException("The window must run forwards over at most " + MAX_WEEKS + " weeks");
        }
        List<IsoWeek> weeks = new ArrayList<>();
        for (IsoWeek week = IsoWeek.of(from); !week.monday().isAfter(to); week = week.next()) {
            weeks.add(week);
        }
        return queries.figures(groupCode, weeks, from, to);
    }

    /** Whether the campaign view can show this window: forwards, and at most {@value #MAX_WEEKS} ISO weeks. */
    public static boolean isValidWindow(LocalDate from, LocalDate to) {
        return from != null && to != null && !to.isBefore(from)
                && !IsoWeek.of(to).monday().isAfter(IsoWeek.of(from).monday().plusWeeks(MAX_WEEKS - 1));
    }

    /** Today in the kiosk's time zone: the day a step is dated with. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private ResidentRecord own(StaffMember volunteer, long residentId) {
        return residents.findById(residentId).filter(r -> r.getCommuneCode().equals(communeOf(volunteer)))
                .orElseThrow(() -> new IllegalArgumentException("No such resident in this commune"));
    }

    private Checklist checklistOf(long residentId) {
        return new Checklist(steps.findByResidentId(residentId).stream().map(StepRecord::toStepDone).toList());
    }

    private EcitizenResident view(ResidentRecord record) {
        return new EcitizenResident(record.getId(), record.getFullName(), record.getIdLastFour(),
                record.getCommuneCode(), record.getGroupCode(), record.getConsentGivenAt(),
                checklistOf(record.getId()));
    }

    /** Prefixed, so that this hash is not the same value as another feature's hash of the same person. */
    static String subjectHash(String idNumber) {
        return Sha256.hex("ecitizen:" + idNumber);
    }

    private static String communeOf(StaffMember volunteer) {
        if (volunteer.communeCode() == null) {
            throw new IllegalStateException("This account has no commune: only advisors of a group enrol residents");
        }
        return volunteer.communeCode();
    }

    private static String groupOf(StaffMember volunteer) {
        return volunteer.groupCode() == null ? "" : volunteer.groupCode();
    }
}
