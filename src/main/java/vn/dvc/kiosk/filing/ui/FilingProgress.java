package vn.dvc.kiosk.filing.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import vn.dvc.kiosk.catalog.Procedure;
import vn.dvc.kiosk.filing.DocumentChecklist;

/** Where the resident is in the journey, with the steps named in words. */
class FilingProgress extends OrderedList {

    enum Step {
        CONSENT, QUESTIONS, DOCUMENTS, REVIEW, DELIVERY
    }

    /** The documents step is shown only to procedures with something to photograph. */
    FilingProgress(Step current, Procedure procedure) {
        addClassName("filing-progress");
        getElement().setAttribute("aria-label", getTranslation("filing.progress"));
        boolean documents = !DocumentChecklist.toAttach(procedure).isEmpty();
        for (Step step : Step.values()) {
            if (step == Step.DOCUMENTS && !documents) {
                continue;
            }
            ListItem item = new ListItem(getTranslation("filing.step." + step.name()));
            if (step == current) {
                item.addClassName("current");
                item.getElement().setAttribute("aria-current", "step");
            } else if (step.ordinal() < current.ordinal()) {
                item.addClassName("done");
            }
            add(item);
        }
    }
}
