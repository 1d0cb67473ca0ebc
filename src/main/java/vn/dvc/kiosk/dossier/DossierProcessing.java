package vn.dvc.kiosk.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.kiosk.calendar.AppointmentCalendar;

/**
 * The officer desk's service: moves dossiers through the national statuses ({@link DossierTransitions}), keeps the
 * appointment clock, and reads the queue and the dossier view. Who acts is a parameter (name and unit as the desk
 * shows them); checking that they may is the sign-in's job.
 */
@Service
public class DossierProcessing {

    private final DossierRepository dossiers;
    private final AppointmentCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DossierProcessing(DossierRepository dossiers, AppointmentCalendar calendar, ApplicationEventPublisher events,
            Clock clock) {
        this.dossiers = dossiers;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Applies {@code action} to the dossier: records the step (who, when, from, to, why), moves the appointment by a
     * finished pause and publishes {@link DossierStatusChanged}, all in one transaction.
     *
     * @param reason required for the actions whose {@link DossierAction#reasonRequired()}; a note otherwise
     * @param actor  who acts, e.g. "Nguyễn Văn An (UBND phường Hoàn Kiếm)"
     * @return the dossier's new status
     * @throws IllegalTransitionException         when the state machine refuses the action now
     * @throws NoSuchDossierException             when there is no dossier with this code
     * @throws OptimisticLockingFailureException  when someone else changed the dossier meanwhile (reload, retry)
     */
    @Transactional
    public DossierStatus act(String code, DossierAction action, String reason, String actor) {
        return act(code, action, reason, actor, now());
    }

    /**
     * Hands the result over ({@link DossierAction#RETURN_RESULT}): at the counter, by post with its tracking number,
     * or electronically. The history's reason says how.
     */
    @Transactional
    public DossierStatus returnResult(String code, ResultDelivery how, String trackingNumber, String actor) {
        return act(code, DossierAction.RETURN_RESULT, howReturned(how, trackingNumber), actor);
    }

    static String howReturned(ResultDelivery how, String trackingNumber) {
        if (how == null) {
            throw new IllegalArgumentException("How the result was returned is required");
        }
        boolean tracked = trackingNumber != null && !trackingNumber.isBlank();
        if (how == ResultDelivery.POSTAL && !tracked) {
            throw new IllegalArgumentException("A result sent by post needs its tracking number");
        }
        return tracked ? how + " " + trackingNumber.strip() : how.name();
    }

    @Transactional
    DossierStatus act(String code, DossierAction action, String reason, String actor, ZonedDateTime now) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("Who acts is required");
        }
        Dossier dossier = dossiers.findByCode(code).orElseThrow(() -> new NoSuchDossierException(code));
        DossierStatus from = dossier.act(action, reason, actor.strip(), now.toInstant(), now.toLocalDate(), calendar);
        // the version check now, inside this method: a concurrent action fails here, not at some later commit
        dossiers.flush();
        events.publishEvent(new DossierStatusChanged(code, dossier.receivingUnitCode(), from, dossier.status(),
                now.toInstant()));
        return dossier.status();
    }

    /** What the desk may offer for this dossier now (empty when it does not exist). */
    @Transactional(readOnly = true)
    public Set<DossierAction> allowedActions(String code) {
        return dossiers.findByCode(code)
                .map(dossier -> DossierTransitions.allowed(dossier.status(), dossier.feeStatus()))
                .orElse(Set.of());
    }

    /** A page of the unit's queue, soonest appointment first. */
    @Transactional(readOnly = true)
    public Slice<DossierQueueItem> queue(String receivingUnitCode, DossierQueueFilter filter, Pageable page) {
        return queue(receivingUnitCode, filter, page, LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    Slice<DossierQueueItem> queue(String receivingUnitCode, DossierQueueFilter filter, Pageable page,
            LocalDate today) {
        Set<DossierStatus> statuses = filter.effectiveStatuses();
        LocalDate dueFrom = null;
        LocalDate dueBy = null;
        if (filter.dueWithinWorkingDays() != null) {
            dueBy = calendar.addWorkingDays(today, filter.dueWithinWorkingDays());
            dueFrom = filter.overdue() ? null : today;
        } else if (filter.overdue()) {
            dueBy = today.minusDays(1);
        }
        if (statuses.isEmpty()) {
            return new SliceImpl<>(List.of(), page, false);
        }
        return dossiers.findQueue(receivingUnitCode, statuses, filter.procedureCode(), dueFrom, dueBy,
                page.isPaged() ? PageRequest.of(page.getPageNumber(), page.getPageSize()) : page);
    }

    /**
     * Per receiving unit, the dossiers overdue now: clock running (1, 2, 4, as the desk's "overdue" filter) and the
     * appointment date before today. Units with none are left out. Read for the leaders' dashboard; a few range scans
     * of the index (status, appointment_date, receiving_unit_code), however long the history.
     */
    @Transactional(readOnly = true)
    public List<OverdueCount> overdueByUnit() {
        return dossiers.countOverdueByUnit(DossierQueueFilter.CLOCK_RUNNING, LocalDate.now(clock));
    }

    /** The officer's view of one dossier. */
    @Transactional(readOnly = true)
    public Optional<DossierDetail> detail(String code) {
        return detail(code, LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    Optional<DossierDetail> detail(String code, LocalDate today) {
        return dossiers.findByCode(code).map(d -> new DossierDetail(d.code(), d.procedureCode(), d.procedureName(),
                d.receivingUnitCode(), d.status(), d.channel(), d.receivedAt(), d.countedFrom(), d.appointmentDate(),
                d.pausedSince(), d.pausedWorkingDays(), d.finishedOn(), d.timeliness(today, calendar),
                d.applicantIdNumber(), d.applicantFullName(), d.contactPhone(), d.contactEmail(),
                d.resultDelivery(), d.deliveryAddress(), d.assistedBy(), d.feeVnd(), d.feeStatus(),
                d.answers().stream().map(a -> new DeclaredAnswer(a.key(), a.label(), a.value())).toList(),
                d.documents().stream().map(DossierDocument::summary).toList(),
                d.statusChanges().stream().map(DossierStatusChange::entry).toList(),
                DossierTransitions.allowed(d.status(), d.feeStatus())));
    }

    private ZonedDateTime now() {
        // DATETIME(6) keeps microseconds
        return ZonedDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
