package vn.dvc.kiosk.identity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.dvc.kiosk.identity.KioskCamera;
import vn.dvc.kiosk.shared.ui.BackLink;
import vn.dvc.kiosk.shared.ui.KioskLayout;
import vn.dvc.kiosk.shared.ui.PageTitles;
import vn.dvc.kiosk.shared.ui.ReadAloudButton;

/** How the kiosk reads the resident's ID card: its own camera, the device's camera, or typed by hand. */
@Route(value = "dinh-danh", layout = KioskLayout.class)
@AnonymousAllowed
class IdentifyView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final KioskCamera kioskCamera;

    IdentifyView(KioskCamera kioskCamera) {
        this.kioskCamera = kioskCamera;
        addClassName("identify-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        QueryParameters carry = IdentityFlow.carried(event);
        H1 title = new H1(getTranslation("identity.title"));
        Paragraph intro = new Paragraph(getTranslation("identity.intro"));
        Div text = new Div(title, intro);
        text.setId("identify-text");
        Div heading = new Div(text, new ReadAloudButton("identify-text"));
        heading.addClassName("view-heading");

        Div choices = new Div();
        choices.addClassName("identify-choices");
        if (kioskCamera.isPresent()) {
            choices.add(choice(KioskCameraScanView.class, carry, VaadinIcon.CAMERA, "identity.choice.kiosk", "choice-kiosk"));
        }
        choices.add(choice(DeviceCameraScanView.class, carry, VaadinIcon.MOBILE, "identity.choice.device", "choice-device"),
                choice(ManualEntryView.class, carry, VaadinIcon.KEYBOARD, "identity.choice.manual", "choice-manual"));
        Paragraph privacy = new Paragraph(VaadinIcon.LOCK.create(), new Span(getTranslation("identity.privacy")));
        privacy.addClassName("identify-privacy");
        add(new BackLink(IdentityFlow.backTarget(event)), heading, choices, privacy);
    }

    private RouterLink choice(Class<? extends com.vaadin.flow.component.Component> view, QueryParameters carry,
            VaadinIcon icon, String key, String id) {
        RouterLink link = new RouterLink(view);
        link.setQueryParameters(carry);
        link.setId(id);
        link.addClassName("identify-choice");
        Span name = new Span(getTranslation(key));
        name.addClassName("identify-choice-name");
        Span help = new Span(getTranslation(key + ".help"));
        help.addClassName("identify-choice-help");
        var picture = icon.create();
        picture.getElement().setAttribute("aria-hidden", "true");
        link.add(picture, new Div(name, help));
        return link;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("identity.title"));
    }
}
