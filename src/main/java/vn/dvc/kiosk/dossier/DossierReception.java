package vn.dvc.kiosk.dossier;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

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

    /** @param now the moment of reception, in the desk's time zone */
    @Transactional
    public SubmittedDossier receive(DossierApplication application, String receivingUnitCode, ZonedDateTime now) {
        LocalDateTime deskTime = now.toLocalDateTime();
        Instant instant = now.toInstant();
        ProcessingPeriod period = application.processingPeriod();
        String code = numbering.nextCode(receivingUnitCode, deskTime.toLocalDate());
        Dossier dossier = dossiers.save(Dossier.received(code, receivingUnitCode, application, instant,
                calendar.receptionDay(deskTime, period), calendar.appointmentDate(deskTime, period),
                TrackingTokens.next()));
        events.publishEvent(new DossierSubmitted(code, application.procedureCode(), receivingUnitCode,
                application.channel(), dossier.assisted(), instant));
        events.publishEvent(new DossierStatusChanged(code, receivingUnitCode, null, DossierStatus.NEWLY_REGISTERED,
                instant));
        return new SubmittedDossier(code, deskTime, dossier.appointmentDate(), dossier.trackingToken());
    }
}
