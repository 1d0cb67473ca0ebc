package vn.dvc.kiosk.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import vn.dvc.kiosk.identity.CardProblem;

/** A code that is not a usable ID card, explained kindly, with the two ways forward. */
class CardProblemPanel extends Div {

    CardProblemPanel(CardProblem problem, Runnable scanAgain, QueryParameters carried) {
        addClassName("card-problem");
        setId("card-problem");
        getElement().setAttribute("role", "alert");
        Paragraph message = new Paragraph(VaadinIcon.EXCLAMATION_CIRCLE.create(),
                new Span(getTranslation("identity.problem." + problem.name())));
        message.addClassName("card-problem-message");
        Button again = new Button(getTranslation("identity.scan.again"), VaadinIcon.REFRESH.create(),
                e -> scanAgain.run());
        again.addThemeVariants(ButtonVariant.PRIMARY);
        again.setId("scan-again");
        Button manual = new Button(getTranslation("identity.manual"), VaadinIcon.KEYBOARD.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ManualEntryView.class, carried)));
        manual.setId("enter-manually");
        Div actions = new Div(again, manual);
        actions.addClassName("actions");
        add(message, actions);
    }
}
