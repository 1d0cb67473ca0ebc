package vn.dvc.kiosk.filing.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.dvc.kiosk.catalog.Catalog;
import vn.dvc.kiosk.catalog.FormField;
import vn.dvc.kiosk.catalog.Procedure;
import vn.dvc.kiosk.filing.DocumentChecklist;
import vn.dvc.kiosk.filing.FilingDraft;
import vn.dvc.kiosk.filing.FilingDrafts;
import vn.dvc.kiosk.identity.CitizenIdCard;
import vn.dvc.kiosk.identity.ResidentIdentity;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.shared.ui.KioskLayout;
import vn.dvc.kiosk.shared.ui.ReadAloudButton;
import vn.dvc.kiosk.shared.ui.Speech;

/**
 * One question per screen, generated from the procedure's declared form fields. What the card already says is
 * filled in and only needs a look; help in plain words under each question; big Back and Next.
 */
@Route(value = "nop-ho-so/:code/cau-hoi/:n", layout = KioskLayout.class)
@AnonymousAllowed
class QuestionView extends FilingScreen {

    QuestionView(Catalog catalog, ResidentIdentity identity, FilingDrafts drafts) {
        super(catalog, identity, drafts);
    }

    @Override
    protected void show(Procedure procedure, CitizenIdCard card, FilingDraft draft, BeforeEnterEvent event) {
        List<FormField> fields = procedure.getFormFields();
        int n = stepNumber(event);
        if (fields.isEmpty() || n > fields.size()) {
            event.forwardTo(route(procedure, "kiem-tra"));
            return;
        }
        n = Math.max(1, n);
        FormField field = fields.get(n - 1);
        boolean english = KioskLocales.isEnglish(getLocale());
        String label = english ? field.labelEn() : field.labelVi();

        AnswerInput input = AnswerInput.of(field, label, this);
        String fromCard = CardPrefill.valueFor(field, card, this).orElse(null);
        input.value(draft.hasAnswer(field.key()) ? draft.answer(field.key())
                : fromCard != null ? fromCard : field.usualOption().orElse(null));

        Span counter = new Span(getTranslation("filing.question.count", n, fields.size()));
        counter.addClassName("question-count");
        H1 question = new H1(label);
        question.setId("question");
        Paragraph help = new Paragraph(getTranslation(input.helpKey(field.type())));
        help.addClassName("question-help");
        help.setId("question-help");
        Div read = new Div(counter, question, help);
        read.setId("question-read");
        Div heading = new Div(read, new ReadAloudButton("question-read"));
        heading.addClassName("view-heading");

        Div body = new Div(input.component());
        body.addClassName("question-body");
        if (fromCard != null) {
            Paragraph note = new Paragraph(VaadinIcon.USER_CARD.create(), new Span(getTranslation("filing.fromCard")));
            note.addClassName("from-card");
            body.add(note);
        }
        if (!field.required()) {
            Paragraph optional = new Paragraph(getTranslation("filing.optional"));
            optional.addClassName("question-optional");
            body.add(optional);
        }

        int current = n;
        Button back = new Button(getTranslation("layout.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(current == 1 ? route(procedure, "dong-y")
                        : route(procedure, "cau-hoi/" + (current - 1)))));
        back.setId("question-back");
        Button next = new Button(getTranslation("filing.next"), VaadinIcon.ARROW_RIGHT.create(), e -> {
            var problem = input.problem(field.required());
            input.showProblem(problem.map(this::getTranslation).orElse(null));
            if (problem.isPresent()) {
                Speech.say(this, getTranslation(problem.get()));
                return;
            }
            draft.answer(field.key(), input.value());
            drafts.keep(draft, card);
            String then = returnsToReview(event) ? route(procedure, "kiem-tra")
                    : current < fields.size() ? route(procedure, "cau-hoi/" + (current + 1))
                    : DocumentChecklist.toAttach(procedure).isEmpty() ? route(procedure, "kiem-tra")
                    : route(procedure, "giay-to/1");
            getUI().ifPresent(ui -> ui.navigate(then));
        });
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.setIconAfterText(true);
        next.setId("question-next");
        Div actions = new Div(back, next);
        actions.addClassNames("actions", "question-actions");

        add(new FilingProgress(FilingProgress.Step.QUESTIONS, procedure), heading, body, actions);
        input.keyboard().ifPresent(this::add);
        add(new DraftStrip(procedure, draft, drafts.keptFor()));
    }

}
