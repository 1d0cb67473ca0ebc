package vn.dvc.kiosk.filing.ui;

import java.time.Duration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.dvc.kiosk.catalog.Procedure;
import vn.dvc.kiosk.filing.FilingDraft;

/**
 * The draft code on every filing screen, so that a resident called away has what they need to carry on, and a
 * "Save and carry on later" button. Says so plainly when the last save did not work.
 */
class DraftStrip extends Div {

    DraftStrip(Procedure procedure, FilingDraft draft, Duration keptFor) {
        addClassName("draft-strip");
        setId("draft-strip");
        if (draft.draftCode() != null) {
            Span code = new Span(getTranslation("filing.draft.code", DraftCodes.spaced(draft.draftCode())));
            code.setId("draft-code");
            code.addClassName("draft-code");
            add(new Paragraph(VaadinIcon.BOOKMARK.create(), code,
                    new Span(" " + getTranslation("filing.draft.code.help", keptFor.toHours()))));
        }
        if (draft.lastSaveFailed()) {
            Paragraph notSaved = new Paragraph(getTranslation("filing.draft.notSaved"));
            notSaved.setId("draft-not-saved");
            notSaved.getElement().setAttribute("role", "status");
            add(notSaved);
        }
        Button pause = new Button(getTranslation("filing.pause"), VaadinIcon.TIME_FORWARD.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(FilingScreen.route(procedure, "tam-dung"))));
        pause.setId("save-for-later");
        add(pause);
    }
}
