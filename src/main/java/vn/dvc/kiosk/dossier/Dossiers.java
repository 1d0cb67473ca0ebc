package vn.dvc.kiosk.dossier;

import java.util.Collection;
import java.time.LocalDate;
import java.time.Instant;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.kiosk.shared.cluster.WriteConflicts;

/** Receiving dossiers: the public API of the dossier module. */
@Service
public class Dossiers {

    private static final Pattern SUBMISSION_KEY = Pattern.compile(
            "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    private final DossierReception reception;
    private final DossierRepository dossiers;
    private final DossierProperties properties;
    private final Clock clock;

    Dossiers(DossierReception reception, DossierRepository dossiers, DossierProperties properties, Clock clock) {
        this.reception = reception;
        this.dossiers = dossiers;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Submits atomically: either the whole dossier with its code exists afterwards, or nothing does.
     *
     * @throws InvalidApplicationException before anything is written, with every problem found
     */
    public SubmittedDossier submit(DossierApplication application) {
        return submitTo(application, properties.receivingUnitCode());
    }

    SubmittedDossier submitTo(DossierApplication application, String receivingUnitCode) {
        DossierApplication checked = ApplicationRules.check(application);
        return withRetries(now -> reception.receive(checked, receivingUnitCode, now, null));
    }

    /**
     * Submits as {@link #submit(DossierApplication)}, at most once per key: a screen that sends the same key again
     * (the resident pressed "Nộp hồ sơ" again after being told to try again) gets the dossier received the first
     * time. That covers the one failure a transaction cannot: the database committed, then went away before saying
     * so, and the screen heard an error.
     *
     * @param submissionKey one per filing, made by {@link #newSubmissionKey()}
     * @throws InvalidApplicationException before anything is written, with every problem found
     */
    public SubmittedDossier submitOnce(DossierApplication application, String submissionKey) {
        requireKey(submissionKey);
        DossierApplication checked = ApplicationRules.check(application);
        String unit = properties.receivingUnitCode();
        return withRetries(now -> once(submissionKey, now,
                () -> reception.receive(checked, unit, now, submissionKey)));
    }

    private static void requireKey(String submissionKey) {
        if (submissionKey == null || !SUBMISSION_KEY.matcher(submissionKey).matches()) {
            throw new IllegalArgumentException("A submission key is a UUID");
        }
    }

    private SubmittedDossier once(String submissionKey, ZonedDateTime now,
            Supplier<SubmittedDossier> receive) {
        try {
            return receive.get();
        } catch (DataIntegrityViolationException sameKeyAtOnce) {
            // two submissions with one key at the same moment (a double tap reaching two requests): the first won
            return dossiers.findBySubmissionKey(submissionKey)
                    .map(dossier -> DossierReception.submitted(dossier, now.getZone()))
                    .orElseThrow(() -> sameKeyAtOnce);
        }
    }

    /** A fresh key for one filing, kept with its draft. */
    public static String newSubmissionKey() {
        return UUID.randomUUID().toString();
    }

    /**
     * Checks an application by the rules every dossier must satisfy, writing nothing (a form can show every problem
     * at once, its own and these).
     *
     * @throws InvalidApplicationException with every problem found
     */
    public void check(DossierApplication application) {
        ApplicationRules.check(application);
    }

    /**
     * Registers a dossier an officer received at the counter (handed in there, or by public post): the officer has
     * checked the papers in person, so it is accepted at once. The history records both steps (newly registered,
     * accepted) under the officer's name; code, appointment date and {@link DossierSubmitted} as for any dossier.
     * There is no consent record: the resident signs the paper form at the counter. At most once per key, as
     * {@link #submitOnce}: an officer told "try again" after a commit whose answer was lost registers nothing twice.
     *
     * @param application       channel {@link SubmissionChannel#IN_PERSON} or {@link SubmissionChannel#PUBLIC_POST}
     * @param receivingUnitCode the officer's unit
     * @param officer           how the history names the officer ({@code StaffMember.actorLabel()})
     * @param submissionKey     one per registration form filled in, made by {@link #newSubmissionKey()}
     * @throws InvalidApplicationException before anything is written, with every problem found (an online channel is
     *                                     {@link InvalidApplicationException.Reason#CHANNEL_MISSING})
     */
    public SubmittedDossier registerAtCounter(DossierApplication application, String receivingUnitCode,
            String officer, String submissionKey) {
        requireKey(submissionKey);
        if (receivingUnitCode == null || receivingUnitCode.isBlank()) {
            throw new IllegalArgumentException("A counter dossier needs the officer's receiving unit");
        }
        if (officer == null || officer.isBlank()) {
            throw new IllegalArgumentException("Who registers a counter dossier is required");
        }
        if (application != null && application.channel() == SubmissionChannel.ONLINE) {
            throw new InvalidApplicationException(List.of(InvalidApplicationException.Reason.CHANNEL_MISSING));
        }
        DossierApplication checked = ApplicationRules.check(application);
        String unit = receivingUnitCode.strip();
        String actor = officer.strip();
        return withRetries(now -> once(submissionKey, now,
                () -> reception.receiveAtCounter(checked, unit, actor, now, submissionKey)));
    }

    /** A lost write conflict (the day's code counter on two nodes, a deadlock) is retried by the shared rule. */
    private SubmittedDossier withRetries(Function<ZonedDateTime, SubmittedDossier> receive) {
        // DATETIME(6) keeps microseconds: the receipt must show exactly what is stored
        ZonedDateTime now = ZonedDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        return WriteConflicts.retry("Dossier submission", () -> receive.apply(now));
    }

    /** The dossier behind a public tracking link. */
    public Optional<DossierView> byTrackingToken(String token) {
        if (!TrackingTokens.looksLikeOne(token)) {
            return Optional.empty();
        }
        return dossiers.findByTrackingToken(token).map(dossier -> dossier.view(clock.getZone()));
    }

    /** The receipt slip of the dossier behind this tracking link (callers check that the viewer filed it). */
    @Transactional(readOnly = true)
    public Optional<DossierReceipt> receipt(String trackingToken) {
        if (!TrackingTokens.looksLikeOne(trackingToken)) {
            return Optional.empty();
        }
        return dossiers.findByTrackingToken(trackingToken).map(dossier -> dossier.receipt(clock.getZone(),
                properties.receivingUnitCode(), properties.receivingUnitName()));
    }

    /**
     * The dossier with this code, for its applicant: only when the last four digits of their ID number match (compared
     * in constant time). Callers limit how often one client may ask ({@code LookupRateLimiter}).
     *
     * @return the tracking token and what the tracking page shows
     */
    @Transactional(readOnly = true)
    public Optional<TrackedDossier> track(String code, String lastFourDigits) {
        if (code == null || lastFourDigits == null || !lastFourDigits.strip().matches("\\d{4}")) {
            return Optional.empty();
        }
        return dossiers.findByCode(code.strip().toUpperCase(java.util.Locale.ROOT))
                .filter(dossier -> dossier.idEndsWith(lastFourDigits)).map(this::tracked);
    }

    /** The dossier behind a public tracking link, with its timeline and what the officer asked for. */
    @Transactional(readOnly = true)
    public Optional<TrackedDossier> trackByToken(String token) {
        if (!TrackingTokens.looksLikeOne(token)) {
            return Optional.empty();
        }
        return dossiers.findByTrackingToken(token).map(this::tracked);
    }

    private TrackedDossier tracked(Dossier dossier) {
        var history = dossier.statusChanges().stream().map(DossierStatusChange::entry).toList();
        return new TrackedDossier(dossier.trackingToken(), dossier.view(clock.getZone()),
                ResidentTimeline.of(history, dossier.status(), clock.getZone()),
                ResidentTimeline.supplementRequest(history, dossier.status()));
    }

    /** Who to tell about the dossier with this code (its phone, e-mail, tracking token), for the notifications. */
    @Transactional(readOnly = true)
    public Optional<DossierContact> contactFor(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return dossiers.findByCode(code.strip()).map(Dossier::contact);
    }

    /**
     * The dossiers this advisor helped file, newest first, a page at a time. Only theirs: the list is a query by their
     * sign-in name, never by a code they could edit.
     */
    @Transactional(readOnly = true)
    public Slice<AssistedDossier> assistedBy(String username, Pageable page) {
        if (username == null || username.isBlank()) {
            return new SliceImpl<>(List.of(), page, false);
        }
        return dossiers.findAssistedBy(username, page).map(row -> new AssistedDossier(row.code(), row.procedureName(),
                row.applicantFullName(), LocalDateTime.ofInstant(row.receivedAt(), clock.getZone()), row.status()));
    }

    /**
     * One dossier this advisor helped file. Another advisor's dossier and an unknown code look the same (empty), so
     * that an address typed by hand tells nothing about other residents.
     */
    @Transactional(readOnly = true)
    public Optional<AssistedDossierDetail> assistedDossier(String username, String code) {
        if (username == null || username.isBlank() || code == null || code.isBlank()) {
            return Optional.empty();
        }
        return dossiers.findByCodeAndAssistedByUsername(code.strip().toUpperCase(java.util.Locale.ROOT), username)
                .map(dossier -> new AssistedDossierDetail(new AssistedDossier(dossier.code(), dossier.procedureName(),
                        dossier.applicantFullName(), LocalDateTime.ofInstant(dossier.receivedAt(), clock.getZone()),
                        dossier.status()), tracked(dossier)));
    }

    /**
     * Dossiers filed with each volunteer's help between two desk days (both included), for the campaign figures.
     *
     * @param usernames the volunteers; null for every volunteer
     */
    @Transactional(readOnly = true)
    public List<AssistedFilings> assistedFilings(Collection<String> usernames, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(clock.getZone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        if (usernames == null) {
            return dossiers.countAllAssistedFilings(start, end);
        }
        return usernames.isEmpty() ? List.of() : dossiers.countAssistedFilings(usernames, start, end);
    }

    /** The dossier with this code, for the receipt. */
    public Optional<DossierView> byCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return dossiers.findByCode(code.strip()).map(dossier -> dossier.view(clock.getZone()));
    }

    /** What the dashboard counts about the dossier with this code (empty when there is none). */
    @Transactional(readOnly = true)
    public Optional<DossierFacts> facts(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return dossiers.findByCode(code.strip()).map(Dossier::facts);
    }
}
