package vn.dvc.kiosk.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.dvc.kiosk.identity.CitizenIdCard;
import vn.dvc.kiosk.identity.ResidentIdentity;
import vn.dvc.kiosk.shared.ui.BackLink;
import vn.dvc.kiosk.shared.ui.KioskLayout;
import vn.dvc.kiosk.shared.ui.PageTitles;
import vn.dvc.kiosk.shared.ui.ReadAloudButton;

/** The clear success moment: a check mark, a chime, and the card's details in big type to confirm. */
@Route(value = "dinh-danh/xac-nhan", layout = KioskLayout.class)
@AnonymousAllowed
class ConfirmCardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ResidentIdentity identity;
    private final AddressNow addressNow;

    ConfirmCardView(ResidentIdentity identity, AddressNow addressNow) {
        this.identity = identity;
        this.addressNow = addressNow;
        addClassName("confirm-card-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        QueryParameters carried = IdentityFlow.carried(event);
        CitizenIdCard card = identity.awaitingConfirmation().orElse(null);
        if (card == null) {
            // the sentence is the page's heading, so that a screen reader announces where the resident landed
            add(new BackLink(IdentityFlow.withCarried("dinh-danh", carried)),
                    new H1(getTranslation("identity.confirm.nothing")));
            return;
        }
        Span read = new Span(VaadinIcon.CHECK_CIRCLE.create(), new Span(getTranslation("identity.confirm.read")));
        read.addClassName("scan-success");
        read.setId("scan-success");
        H1 title = new H1(getTranslation("identity.confirm.title"));
        Div text = new Div(read, title, new CardDetails(card, addressNow.of(card).orElse(null)));
        text.setId("confirm-text");
        Div heading = new Div(text, new ReadAloudButton("confirm-text"));
        heading.addClassName("view-heading");

        Button yes = new Button(getTranslation("identity.confirm.yes"), VaadinIcon.CHECK.create(), e -> {
            identity.confirm(card);
            // identifying for a procedure continues into filing it; the route belongs to the filing feature
            getUI().ifPresent(ui -> IdentityFlow.procedure(carried).ifPresentOrElse(
                    code -> ui.navigate("nop-ho-so/" + code + "/dong-y"),
                    () -> ui.navigate(IdentifiedView.class, carried)));
        });
        yes.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        yes.setId("confirm-yes");
        Button again = new Button(getTranslation("identity.confirm.no"), VaadinIcon.REFRESH.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(IdentifyView.class, carried)));
        again.setId("confirm-again");
        Button edit = new Button(getTranslation("identity.confirm.edit"), VaadinIcon.EDIT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ManualEntryView.class, carried)));
        edit.setId("confirm-edit");
        Div actions = new Div(yes, again, edit);
        actions.addClassName("actions");
        add(heading, actions);
        chime();
    }

    /** A short two-note chime: residents who do not look at the screen still know the card was read. */
    private void chime() {
        getElement().executeJs("""
                try {
                  const a = new (window.AudioContext || window.webkitAudioContext)();
                  [[660, 0], [880, 0.15]].forEach(([f, t]) => {
                    const o = a.createOscillator(), g = a.createGain();
                    o.frequency.value = f; g.gain.value = 0.15;
                    o.connect(g); g.connect(a.destination);
                    o.start(a.currentTime + t); o.stop(a.currentTime + t + 0.14);
                  });
                } catch (e) { /* no sound on this device */ }""");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("identity.confirm.title"));
    }
}
