package vn.dvc.kiosk.dossier;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.kiosk.calendar.AppointmentCalendar;
import vn.dvc.kiosk.calendar.ProcessingPeriod;

/** The one transaction in which a checked application becomes a dossier with its code, history and event. */
@Component
class DossierReception {

    private final DossierNumbering numbering;
    private final DossierRepository dossiers;
    private final AppointmentCalendar calendar;
    private final ApplicationEventPublisher events;

    DossierReception(DossierNumbering numbering, DossierRepository dossiers, AppointmentCalendar calendar,
            ApplicationEventPublisher events) {
        this.numbering = numbering;
        this.dossiers = dossiers;
        this.calendar = calendar;
        this.events = events;
    }

    /**
     * @param now           the moment of reception, in the desk's time zone
     * @param submissionKey the filing's key: when a dossier with it was received already, that one is returned and
     *                      nothing is written; null for none
     */
    @Transactional
    public SubmittedDossier receive(DossierApplication application, String receivingUnitCode, ZonedDateTime now,
            String submissionKey) {
        Optional<Dossier> earlier = receivedWith(submissionKey);
        if (earlier.isPresent()) {
            return submitted(earlier.get(), now.getZone());
        }
        LocalDateTime deskTime = now.toLocalDateTime();
        Instant instant = now.toInstant();
        ProcessingPeriod period = application.processingPeriod();
        String code = numbering.nextCode(receivingUnitCode, deskTime.toLocalDate());
        Dossier dossier = dossiers.save(Dossier.received(code, receivingUnitCode, application, instant,
                calendar.receptionDay(deskTime, period), calendar.appointmentDate(deskTime, period),
                TrackingTokens.next(), submissionKey));
        events.publishEvent(new DossierSubmitted(code, application.procedureCode(), receivingUnitCode,
                application.channel(), dossier.assisted(), instant));
        events.publishEvent(new DossierStatusChanged(code, receivingUnitCode, null, DossierStatus.NEWLY_REGISTERED,
                instant));
        return new SubmittedDossier(code, deskTime, dossier.appointmentDate(), dossier.trackingToken());
    }

    private Optional<Dossier> receivedWith(String submissionKey) {
        return submissionKey == null ? Optional.empty() : dossiers.findBySubmissionKey(submissionKey);
    }

    /** What the resident was told when this dossier was received. */
    static SubmittedDossier submitted(Dossier dossier, ZoneId deskZone) {
        return new SubmittedDossier(dossier.code(), LocalDateTime.ofInstant(dossier.receivedAt(), deskZone),
                dossier.appointmentDate(), dossier.trackingToken());
    }

    /**
     * A dossier an officer registers at the counter, after checking the papers in person: newly registered and at once
     * accepted ({@link DossierAction#ACCEPT} through the state machine), both steps under the officer's name, with the
     * same code, appointment date and events as any other dossier, in one transaction.
     *
     * @param now           the moment of reception, in the desk's time zone
     * @param submissionKey the registration form's key: when a dossier with it was registered already, that one is
     *                      returned and nothing is written; null for none
     */
    @Transactional
    public SubmittedDossier receiveAtCounter(DossierApplication application, String receivingUnitCode, String officer,
            ZonedDateTime now, String submissionKey) {
        Optional<Dossier> earlier = receivedWith(submissionKey);
        if (earlier.isPresent()) {
            return submitted(earlier.get(), now.getZone());
        }
        LocalDateTime deskTime = now.toLocalDateTime();
        Instant instant = now.toInstant();
        ProcessingPeriod period = application.processingPeriod();
        String code = numbering.nextCode(receivingUnitCode, deskTime.toLocalDate());
        Dossier dossier = Dossier.registeredAtCounter(code, receivingUnitCode, application, instant,
                calendar.receptionDay(deskTime, period), calendar.appointmentDate(deskTime, period),
                TrackingTokens.next(), officer, submissionKey);
        DossierStatus registered = dossier.act(DossierAction.ACCEPT, null, officer, instant, deskTime.toLocalDate(),
                calendar);
        dossier = dossiers.save(dossier);
        events.publishEvent(new DossierSubmitted(code, application.procedureCode(), receivingUnitCode,
                application.channel(), dossier.assisted(), instant));
        events.publishEvent(new DossierStatusChanged(code, receivingUnitCode, null, registered, instant));
        events.publishEvent(new DossierStatusChanged(code, receivingUnitCode, registered, dossier.status(), instant));
        return new SubmittedDossier(code, deskTime, dossier.appointmentDate(), dossier.trackingToken());
    }
}
