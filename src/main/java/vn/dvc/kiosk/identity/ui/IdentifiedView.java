package vn.dvc.kiosk.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.dvc.kiosk.identity.CitizenIdCard;
import vn.dvc.kiosk.identity.ResidentIdentity;
import vn.dvc.kiosk.shared.ui.BackLink;
import vn.dvc.kiosk.shared.ui.KioskLayout;
import vn.dvc.kiosk.shared.ui.PageTitles;
import vn.dvc.kiosk.shared.ui.Visits;

/**
 * The resident is identified for this visit. The guided filing journey continues from here (next issue); until then
 * the resident can finish, which erases what was read.
 */
@Route(value = "dinh-danh/xong", layout = KioskLayout.class)
@AnonymousAllowed
class IdentifiedView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ResidentIdentity identity;

    private final Visits visits;

    IdentifiedView(ResidentIdentity identity, Visits visits) {
        this.identity = identity;
        this.visits = visits;
        addClassName("identified-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        CitizenIdCard card = identity.confirmed().orElse(null);
        if (card == null) {
            event.forwardTo(IdentifyView.class, IdentityFlow.carried(event));
            return;
        }
        H1 hello = new H1(getTranslation("identity.done.title", card.fullName()));
        hello.setId("hello");
        Button finish = new Button(getTranslation("identity.done.finish"), VaadinIcon.SIGN_OUT.create(),
                e -> getUI().ifPresent(ui -> visits.end(ui, "resident finished")));
        finish.addThemeVariants(ButtonVariant.PRIMARY);
        finish.setId("finish");
        Div actions = new Div(finish);
        actions.addClassName("actions");
        add(new BackLink(IdentityFlow.backTarget(event)), hello, new Paragraph(getTranslation("identity.done.text")),
                new Paragraph(getTranslation("identity.done.next")), actions);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("identity.confirm.read"));
    }
}
