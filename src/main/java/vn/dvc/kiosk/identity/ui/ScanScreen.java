package vn.dvc.kiosk.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import vn.dvc.kiosk.identity.ResidentIdentity;
import vn.dvc.kiosk.identity.ScanOutcome;
import vn.dvc.kiosk.shared.ui.BackLink;
import vn.dvc.kiosk.shared.ui.PageTitles;

/**
 * What every scanning screen does, whichever camera feeds it: a scanning area, a hint, typing as a way out, and the
 * same reaction to a frame's outcome (confirm a card, explain a problem, or keep going with a hint).
 */
abstract class ScanScreen extends Div implements BeforeEnterObserver, HasDynamicTitle {

    protected final Div area = new Div();
    protected final Paragraph hint = new Paragraph();
    protected QueryParameters carried = QueryParameters.empty();
    private final ResidentIdentity identity;
    private Button manual;

    ScanScreen(ResidentIdentity identity) {
        this.identity = identity;
        addClassName("scan-view");
        hint.addClassName("scan-hint");
        hint.setId("scan-hint");
        hint.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        carried = IdentityFlow.carried(event);
        removeAll();
        manual = new Button(getTranslation("identity.manual"), VaadinIcon.KEYBOARD.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ManualEntryView.class, carried)));
        manual.setId("manual-instead");
        manual.addClassName("scan-manual");
        add(new BackLink(IdentityFlow.withCarried("dinh-danh", carried)), new H1(getTranslation("identity.scan.title")),
                area, hint, manual);
        startScanning();
    }

    /** Shows the camera and starts looking at frames. */
    protected abstract void startScanning();

    protected void showScanning() {
        area.removeAll();
        hint.setText(getTranslation("identity.hint.SHOW_THE_CARD"));
        manual.setVisible(true);
    }

    /** @return whether to keep scanning */
    protected boolean react(ScanOutcome outcome) {
        switch (outcome) {
            case ScanOutcome.Identified(var card) -> {
                identity.read(card);
                getUI().ifPresent(ui -> ui.navigate(ConfirmCardView.class, carried));
                return false;
            }
            case ScanOutcome.Unusable(var problem) -> {
                area.removeAll();
                area.add(new CardProblemPanel(problem, this::startScanning, carried));
                hint.setText("");
                manual.setVisible(false);
                return false;
            }
            case ScanOutcome.KeepScanning(var scanHint) -> {
                hint.setText(getTranslation("identity.hint." + scanHint.name()));
                return true;
            }
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("identity.scan.title"));
    }
}
