package vn.dvc.kiosk.filing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dvc.kiosk.filing.FilingDrafts;
import vn.dvc.kiosk.filing.Resumption;
import vn.dvc.kiosk.identity.ResidentIdentity;
import vn.dvc.kiosk.shared.ui.BackLink;
import vn.dvc.kiosk.shared.ui.KioskLayout;
import vn.dvc.kiosk.shared.ui.OnScreenKeyboard;
import vn.dvc.kiosk.shared.ui.PageTitles;
import vn.dvc.kiosk.shared.ui.ReadAloudButton;
import vn.dvc.kiosk.shared.ui.ResidentInputs;
import vn.dvc.kiosk.shared.ui.Speech;

/**
 * Carry on with a saved draft: its code and the last four digits of the ID number, typed on the screen's number keys.
 * The resident is not told which of the two was wrong; after a few wrong tries the draft only opens at the counter.
 */
@Route(value = "tiep-tuc", layout = KioskLayout.class)
@AnonymousAllowed
class ResumeView extends Div implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ResumeView.class);

    ResumeView(FilingDrafts drafts, ResidentIdentity identity) {
        addClassName("filing-view");
        H1 title = new H1(getTranslation("resume.title"));
        Paragraph intro = new Paragraph(getTranslation("resume.intro"));
        Div read = new Div(title, intro);
        read.setId("resume-read");
        Div heading = new Div(read, new ReadAloudButton("resume-read"));
        heading.addClassName("view-heading");

        TextField code = numberField("resume-code", "resume.code", 9);
        TextField digits = numberField("resume-digits", "resume.digits", 4);
        Paragraph problem = new Paragraph();
        problem.addClassName("card-problem-message");
        problem.setId("resume-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);

        Button go = new Button(getTranslation("resume.go"), VaadinIcon.ARROW_RIGHT.create(), e -> {
            Resumption resumption;
            try {
                resumption = drafts.resume(code.getValue(), digits.getValue());
            } catch (RuntimeException failure) {
                log.warn("Resuming a draft failed: {}", failure.toString());
                problem.setText(getTranslation("resume.failed"));
                problem.setVisible(true);
                Speech.say(this, problem.getText());
                return;
            }
            switch (resumption) {
                case Resumption.Resumed resumed -> {
                    identity.confirm(resumed.card());
                    // the review screen sends the resident on to the first thing still to do
                    getUI().ifPresent(ui -> ui.navigate(
                            "nop-ho-so/" + resumed.draft().procedureCode() + "/kiem-tra"));
                }
                case Resumption.Locked locked -> {
                    log.info("A locked draft was asked for");
                    problem.setText(getTranslation("resume.locked"));
                    problem.setVisible(true);
                    Speech.say(this, problem.getText());
                }
                case Resumption.NotFound notFound -> {
                    problem.setText(getTranslation("resume.notFound"));
                    problem.setVisible(true);
                    Speech.say(this, problem.getText());
                }
            }
        });
        go.addThemeVariants(ButtonVariant.PRIMARY);
        go.setIconAfterText(true);
        go.setId("resume-go");
        Div actions = new Div(go);
        actions.addClassName("actions");
        Div form = new Div(code, digits);
        form.addClassName("manual-form");
        add(new BackLink(), heading, form, problem, actions, new OnScreenKeyboard());
    }

    private TextField numberField(String id, String label, int maxLength) {
        TextField field = new TextField(getTranslation(label));
        field.setId(id);
        field.setMaxLength(maxLength);
        field.getElement().setAttribute("inputmode", "numeric");
        ResidentInputs.notRemembered(field);
        return field;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("resume.title"));
    }
}
