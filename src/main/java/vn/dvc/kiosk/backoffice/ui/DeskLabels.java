package vn.dvc.kiosk.backoffice.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import vn.dvc.kiosk.dossier.DossierStatus;
import vn.dvc.kiosk.dossier.FeeStatus;
import vn.dvc.kiosk.dossier.Timeliness;
import vn.dvc.kiosk.shared.i18n.KioskLocales;

/**
 * How the desk words statuses, timeliness and fees. Officers read the portal's own status names (desk.status.*), not
 * the friendlier ones residents see on their tracking page.
 */
final class DeskLabels {

    private DeskLabels() {
    }

    static String status(Component screen, DossierStatus status) {
        return screen.getTranslation("desk.status." + status.name());
    }

    static String timeliness(Component screen, Timeliness timeliness) {
        return timeliness == null ? "–" : screen.getTranslation("desk.timeliness." + timeliness.name());
    }

    static String fee(Component screen, FeeStatus fee) {
        return fee == null ? "–" : screen.getTranslation("desk.fee." + fee.name());
    }

    static String day(LocalDate day) {
        return day == null ? "–" : KioskLocales.day(day);
    }

    static String time(Instant at, Clock clock) {
        return at == null ? "–" : KioskLocales.dayAndTime(LocalDateTime.ofInstant(at, clock.getZone()));
    }

    /** A coloured tag; the colour is never the only cue, the text says it all. */
    static Span badge(String text, String kind) {
        Span badge = new Span(text);
        badge.addClassNames("desk-badge", "desk-badge-" + kind);
        return badge;
    }

    static String statusKind(DossierStatus status) {
        return switch (status) {
            case NOT_ACCEPTED, WITHDRAWN, PROCESSING_STOPPED -> "stopped";
            case SUPPLEMENT_REQUESTED, FINANCIAL_OBLIGATION_REQUESTED -> "waiting";
            case PROCESSING_FINISHED, RESULT_RETURNED -> "done";
            default -> "open";
        };
    }
}
