package vn.dvc.kiosk.filing.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.dvc.kiosk.catalog.Catalog;
import vn.dvc.kiosk.catalog.FormField;
import vn.dvc.kiosk.catalog.Procedure;
import vn.dvc.kiosk.filing.DocumentChecklist;
import vn.dvc.kiosk.filing.DocumentSlot;
import vn.dvc.kiosk.filing.FilingDraft;
import vn.dvc.kiosk.filing.FilingDrafts;
import vn.dvc.kiosk.identity.CitizenIdCard;
import vn.dvc.kiosk.identity.ResidentIdentity;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.shared.ui.KioskLayout;
import vn.dvc.kiosk.shared.ui.ReadAloudButton;

/** Check your answers: everything on one screen, each with "Change" beside it. */
@Route(value = "nop-ho-so/:code/kiem-tra", layout = KioskLayout.class)
@AnonymousAllowed
class ReviewView extends FilingScreen {

    ReviewView(Catalog catalog, ResidentIdentity identity, FilingDrafts drafts) {
        super(catalog, identity, drafts);
    }

    @Override
    protected void show(Procedure procedure, CitizenIdCard card, FilingDraft draft, BeforeEnterEvent event) {
        boolean english = KioskLocales.isEnglish(getLocale());
        List<FormField> fields = procedure.getFormFields();
        int firstUnanswered = firstUnanswered(fields, draft);
        if (firstUnanswered > 0) {
            event.forwardTo(route(procedure, "cau-hoi/" + firstUnanswered));
            return;
        }
        List<DocumentSlot> toAttach = DocumentChecklist.toAttach(procedure);
        int firstUndecided = firstUndecided(toAttach, draft);
        if (firstUndecided > 0) {
            event.forwardTo(route(procedure, "giay-to/" + firstUndecided));
            return;
        }
        H1 title = new H1(getTranslation("filing.review.title"));
        Paragraph intro = new Paragraph(getTranslation("filing.review.intro", procedure.name(english)));
        Div read = new Div(title, intro);
        read.setId("review-read");
        Div heading = new Div(read, new ReadAloudButton("review-read"));
        heading.addClassName("view-heading");

        Div list = new Div();
        list.addClassName("review-list");
        list.setId("review-list");
        for (int i = 0; i < fields.size(); i++) {
            FormField field = fields.get(i);
            String value = draft.answer(field.key());
            H2 question = new H2(english ? field.labelEn() : field.labelVi());
            Paragraph answer = new Paragraph(value.isEmpty() ? getTranslation("filing.review.empty") : value);
            answer.addClassName("review-answer");
            int n = i + 1;
            Button change = new Button(getTranslation("filing.review.change"), VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(route(procedure, "cau-hoi/" + n), QueryParameters.of("sua", "1"))));
            change.setId("change-" + n);
            change.getElement().setAttribute("aria-label",
                    getTranslation("filing.review.change") + ": " + question.getText());
            Div row = new Div(new Div(question, answer), change);
            row.addClassName("review-row");
            list.add(row);
        }
        Button next = new Button(getTranslation("filing.next"), VaadinIcon.ARROW_RIGHT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(route(procedure, "nhan-ket-qua"))));
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.setIconAfterText(true);
        next.setId("review-next");
        Div actions = new Div(next);
        actions.addClassName("actions");
        add(new FilingProgress(FilingProgress.Step.REVIEW, procedure), heading, list,
                documents(procedure, draft, english), actions, new DraftStrip(procedure, draft, drafts.keptFor()));
    }

    /** The declaration, each document with its pages (and "Change"), and what to bring along to show. */
    private Div documents(Procedure procedure, FilingDraft draft, boolean english) {
        Div section = new Div(new H2(getTranslation("filing.review.documentsTitle")));
        section.addClassName("review-list");
        section.setId("review-documents");
        List<String> present = new ArrayList<>();
        int attachIndex = 0;
        for (DocumentSlot slot : DocumentChecklist.of(procedure)) {
            String name = english ? slot.document().nameEn() : slot.document().nameVi();
            switch (slot.role()) {
                case DECLARATION -> section.add(row(name, getTranslation("filing.review.declaration"), null));
                case PRESENT -> present.add(name);
                case ATTACH -> {
                    int n = ++attachIndex;
                    int pages = draft.pages(slot.position()).size();
                    Button change = new Button(getTranslation("filing.review.change"), VaadinIcon.EDIT.create(),
                            e -> getUI().ifPresent(ui -> ui.navigate(route(procedure, "giay-to/" + n),
                                    QueryParameters.of("sua", "1"))));
                    change.setId("change-document-" + n);
                    change.getElement().setAttribute("aria-label", getTranslation("filing.review.change") + ": " + name);
                    section.add(row(name, pages > 0 ? getTranslation("filing.review.pages", pages)
                            : getTranslation("filing.review.skipped"), change));
                }
            }
        }
        if (!present.isEmpty()) {
            Paragraph bring = new Paragraph(VaadinIcon.FOLDER_OPEN.create(),
                    new Span(getTranslation("filing.review.present") + " " + String.join("; ", present)));
            bring.addClassName("from-card");
            section.add(bring);
        }
        return section;
    }

    private static Div row(String question, String answer, Button change) {
        Paragraph value = new Paragraph(answer);
        value.addClassName("review-answer");
        Div row = new Div(new Div(new H2(question), value));
        if (change != null) {
            row.add(change);
        }
        row.addClassName("review-row");
        return row;
    }

    /** 1-based index (among documents to attach) of the first the resident has not dealt with, 0 when none. */
    private static int firstUndecided(List<DocumentSlot> toAttach, FilingDraft draft) {
        for (int i = 0; i < toAttach.size(); i++) {
            DocumentSlot slot = toAttach.get(i);
            if (draft.pages(slot.position()).isEmpty() && !(slot.optional() && draft.skipped(slot.position()))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** 1-based index of the first required question not answered yet, 0 when all are. */
    private static int firstUnanswered(List<FormField> fields, FilingDraft draft) {
        for (int i = 0; i < fields.size(); i++) {
            if (!draft.hasAnswer(fields.get(i).key())) {
                return i + 1;
            }
        }
        return 0;
    }
}
