package vn.dvc.kiosk.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The thin bar at the top of every resident screen while an advisor helps: who is helping, and "Kết thúc phiên", which
 * ends the resident's visit (everything of theirs is wiped) and takes the advisor back to their own screen.
 */
@StyleSheet("/css/advisor.css")
class AssistedVisitBar extends Div {

    AssistedVisitBar(AssistedVisit.Helper helper, Visits visits) {
        addClassName("assisted-bar");
        setId("assisted-bar");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("advisor.bar.label"));
        Span who = new Span(VaadinIcon.HANDSHAKE.create(),
                new Span(getTranslation("advisor.bar.helping", helper.displayName())));
        who.addClassName("assisted-bar-who");
        who.setId("assisted-bar-who");
        Button end = new Button(getTranslation("advisor.bar.end"), VaadinIcon.SIGN_OUT.create(),
                e -> getUI().ifPresent(ui -> visits.end(ui, "advisor ended the assisted visit")));
        end.setId("assisted-end");
        end.addClassName("assisted-bar-end");
        add(who, end);
    }
}
