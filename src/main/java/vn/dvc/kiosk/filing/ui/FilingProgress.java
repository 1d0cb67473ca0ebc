package vn.dvc.kiosk.filing.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;

/** Where the resident is in the journey, with the steps named in words. */
class FilingProgress extends OrderedList {

    enum Step {
        CONSENT, QUESTIONS, REVIEW, DELIVERY
    }

    FilingProgress(Step current) {
        addClassName("filing-progress");
        getElement().setAttribute("aria-label", getTranslation("filing.progress"));
        for (Step step : Step.values()) {
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
