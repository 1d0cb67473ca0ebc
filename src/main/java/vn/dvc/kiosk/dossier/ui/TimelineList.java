package vn.dvc.kiosk.dossier.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.dvc.kiosk.dossier.DossierStatus;
import vn.dvc.kiosk.dossier.DossierView;
import vn.dvc.kiosk.dossier.TimelineStep;
import vn.dvc.kiosk.shared.i18n.KioskLocales;

/**
 * The resident's steps as a plain numbered list, top to bottom, each with the day it was reached; the current one is
 * said in words ("Đang ở bước này") and marked for screen readers, not by colour alone. Below it, one sentence on
 * what to do next.
 */
class TimelineList extends Div {

    /** @param rated whether the returned result was rated already: then nothing is left to ask */
    TimelineList(DossierView dossier, List<TimelineStep> steps, boolean rated) {
        setId("tracking-timeline");
        // the card of facts above ends without a margin of its own
        getStyle().set("margin-top", "32px");
        OrderedList list = new OrderedList();
        list.addClassName("receipt-next");
        for (TimelineStep step : steps) {
            list.add(item(step));
        }
        Paragraph next = new Paragraph(rated ? getTranslation("timeline.next.RESULT_RETURNED.rated")
                : nextStep(dossier));
        next.setId("tracking-next");
        next.addClassName("receipt-procedure");
        add(new H2(getTranslation("timeline.title")), list, new H2(getTranslation("timeline.next.title")), next);
    }

    private ListItem item(TimelineStep step) {
        ListItem item = new ListItem();
        item.setId("timeline-" + step.step().name());
        VaadinIcon icon = switch (step.state()) {
            case DONE -> VaadinIcon.CHECK_CIRCLE;
            case CURRENT -> step.step() == DossierStatus.ResidentStep.REJECTED ? VaadinIcon.CLOSE_CIRCLE
                    : VaadinIcon.ARROW_CIRCLE_RIGHT;
            case AHEAD -> VaadinIcon.CIRCLE_THIN;
        };
        var picture = icon.create();
        picture.getElement().setAttribute("aria-hidden", "true");
        item.add(picture, new Span(" "));
        // a request answered reads "papers supplied", not "needs papers"
        boolean supplied = step.step() == DossierStatus.ResidentStep.SUPPLEMENT_REQUESTED
                && step.state() == TimelineStep.State.DONE;
        String name = getTranslation("timeline.step." + step.step().name() + (supplied ? ".done" : ""));
        if (step.state() == TimelineStep.State.CURRENT) {
            item.getElement().setAttribute("aria-current", "step");
            Span now = new Span(getTranslation("timeline.now") + ": ");
            item.add(now, new Emphasis(name));
            item.getStyle().set("font-weight", "800");
        } else {
            item.add(new Span(name));
        }
        String when = step.reachedOn() == null ? getTranslation("timeline.ahead")
                : getTranslation("timeline.reachedOn", KioskLocales.day(step.reachedOn()));
        item.add(new Span(" · " + when));
        return item;
    }

    private String nextStep(DossierView dossier) {
        return switch (dossier.status()) {
            case ACCEPTED, BEING_PROCESSED -> getTranslation("timeline.next.PROCESSING",
                    KioskLocales.day(dossier.appointmentDate()));
            case PROCESSING_FINISHED -> getTranslation("timeline.next.PROCESSING_FINISHED."
                    + (dossier.resultDelivery() == null ? "COUNTER" : dossier.resultDelivery().name()));
            default -> getTranslation("timeline.next." + dossier.status().name());
        };
    }
}
