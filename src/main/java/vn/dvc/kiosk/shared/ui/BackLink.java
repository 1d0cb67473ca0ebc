package vn.dvc.kiosk.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * "Back" to the screen above this one. A fixed target rather than browser history: on a kiosk the history may
 * belong to the previous visitor, or lead out of the app.
 */
public class BackLink extends Anchor {

    public BackLink() {
        this(".");
    }

    public BackLink(String href) {
        super(href);
        getElement().setAttribute("router-link", "");
        add(VaadinIcon.ARROW_LEFT.create(), new Span(getTranslation("layout.back")));
        addClassName("back-button");
        setId("back");
    }
}
