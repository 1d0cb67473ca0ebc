package vn.dvc.kiosk.dossier.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dvc.kiosk.dossier.DossierRatings;
import vn.dvc.kiosk.shared.ui.OnScreenKeyboard;
import vn.dvc.kiosk.shared.ui.ResidentInputs;
import vn.dvc.kiosk.shared.ui.Speech;

/**
 * "Bạn có hài lòng không?": five big faces with their words (1 Rất không hài lòng … 5 Rất hài lòng), an optional
 * comment and Send. The chosen face says "Đã chọn" and is pressed for screen readers, so the choice never rests on
 * colour. Afterwards only the thanks stay; a second rating of the dossier is turned down kindly.
 */
class RatingPanel extends Div {

    private static final Logger log = LoggerFactory.getLogger(RatingPanel.class);

    private final DossierRatings ratings;
    private final String token;
    private final List<NativeButton> faces = new ArrayList<>();
    private final Paragraph problem = new Paragraph();
    private int chosen;

    RatingPanel(DossierRatings ratings, String token) {
        this.ratings = ratings;
        this.token = token;
        setId("rating");
        Div choices = new Div();
        choices.addClassName("identify-choices");
        for (int score = 1; score <= 5; score++) {
            NativeButton face = face(score);
            faces.add(face);
            choices.add(face);
        }
        TextArea comment = new TextArea(getTranslation("rating.comment"));
        comment.setId("rating-comment");
        ResidentInputs.notRemembered(comment);
        comment.setMaxLength(DossierRatings.MAX_COMMENT_LENGTH);
        comment.setWidthFull();
        problem.addClassName("card-problem-message");
        problem.setId("rating-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        Button send = new Button(getTranslation("rating.send"), VaadinIcon.PAPERPLANE.create(),
                e -> send(comment.getValue()));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setId("rating-send");
        Div actions = new Div(send);
        actions.addClassName("actions");
        add(new H2(getTranslation("rating.title")), new Paragraph(getTranslation("rating.help")), choices, comment,
                problem, actions, new OnScreenKeyboard("rating-comment"));
    }

    private NativeButton face(int score) {
        Image picture = new Image(RatingFaces.picture(score), "");
        picture.setWidth("96px");
        picture.setHeight("96px");
        Span label = new Span(getTranslation("rating.score." + score));
        label.addClassName("identify-choice-name");
        Span chosenMark = new Span(VaadinIcon.CHECK.create(), new Span(" " + getTranslation("rating.chosen")));
        chosenMark.addClassName("identify-choice-help");
        chosenMark.getStyle().set("font-weight", "800");
        chosenMark.setVisible(false);
        Div words = new Div(label, chosenMark);
        // a native button centres its text; the words read better beside the face, as on the other choice cards
        words.getStyle().set("text-align", "start");
        NativeButton face = new NativeButton("", e -> choose(score));
        face.add(picture, words);
        face.addClassName("identify-choice");
        face.setId("rating-" + score);
        face.getElement().setAttribute("aria-pressed", "false");
        return face;
    }

    private void choose(int score) {
        chosen = score;
        for (int i = 0; i < faces.size(); i++) {
            boolean pressed = i + 1 == score;
            NativeButton face = faces.get(i);
            face.getElement().setAttribute("aria-pressed", Boolean.toString(pressed));
            // the chosen card also gets a thick frame and a tint, beside the words "Đã chọn": never colour alone
            face.getStyle().set("border-width", pressed ? "8px" : null).set("background", pressed ? "#e1ecf9" : null);
            face.getChildren().filter(Div.class::isInstance).findFirst()
                    .ifPresent(words -> words.getChildren().skip(1).forEach(mark -> mark.setVisible(pressed)));
        }
        problem.setVisible(false);
    }

    private void send(String comment) {
        if (chosen == 0) {
            say(getTranslation("rating.problem.choose"));
            return;
        }
        DossierRatings.Outcome outcome;
        try {
            outcome = ratings.rate(token, chosen, comment);
        } catch (RuntimeException failure) {
            log.warn("A rating could not be saved: {}", failure.toString());
            say(getTranslation("rating.problem.saving"));
            return;
        }
        removeAll();
        Paragraph thanks = new Paragraph(getTranslation(outcome == DossierRatings.Outcome.SAVED ? "rating.thanks"
                : "rating.already"));
        thanks.setId("rating-thanks");
        thanks.addClassName("receipt-procedure");
        thanks.getElement().setAttribute("role", "status");
        add(thanks);
        Speech.say(this, thanks.getText());
    }

    private void say(String message) {
        problem.setText(message);
        problem.setVisible(true);
        Speech.say(this, message);
    }
}
