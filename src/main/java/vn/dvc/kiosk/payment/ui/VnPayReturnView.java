package vn.dvc.kiosk.payment.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import vn.dvc.kiosk.payment.PaymentMethod;
import vn.dvc.kiosk.payment.PaymentOrder;
import vn.dvc.kiosk.payment.PaymentStatus;
import vn.dvc.kiosk.payment.Payments;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.shared.ui.KioskLayout;
import vn.dvc.kiosk.shared.ui.PageTitles;

/**
 * Where VNPay sends the resident's browser back ({@code kiosk.payment.vnpay.return-url}). Display only: it shows the
 * order the signed parameters name, "confirming…" while it is still pending, and the order's real status once
 * VNPay's server-to-server IPN has changed it (checked every second for a minute). Nothing here ever marks an order
 * paid, whatever the parameters say.
 */
@Route(value = "thanh-toan/vnpay", layout = KioskLayout.class)
@AnonymousAllowed
class VnPayReturnView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int POLL_MILLIS = 1000;
    static final int POLLS = 60;

    private final Payments payments;
    private final Paragraph status = new Paragraph();
    private String orderRef;
    private int polls;
    private Registration polling;

    VnPayReturnView(Payments payments) {
        this.payments = payments;
        addClassName("payment-return");
        status.setId("return-status");
        status.addClassName("fact-main");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("payment.return.title")));
        Map<String, String[]> parameters = new LinkedHashMap<>();
        event.getLocation().getQueryParameters().getParameters()
                .forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
        Optional<PaymentOrder> order = payments.returnedFrom(PaymentMethod.VNPAY, parameters);
        if (order.isEmpty()) {
            Paragraph unknown = new Paragraph(getTranslation("payment.return.unknown"));
            unknown.addClassName("card-problem-message");
            unknown.setId("return-unknown");
            add(unknown, home());
            return;
        }
        orderRef = order.get().orderRef();
        DescriptionList facts = new DescriptionList();
        facts.addClassName("card-details");
        facts.add(new DescriptionList.Term(getTranslation("receipt.code")),
                new DescriptionList.Description(order.get().dossierCode()),
                new DescriptionList.Term(getTranslation("payment.return.amount")),
                new DescriptionList.Description(getTranslation("payment.amount",
                        KioskLocales.money(order.get().amountVnd(), getLocale()))));
        add(status, facts, home());
        show(order.get().status());
    }

    private void show(PaymentStatus current) {
        status.setText(getTranslation("payment.return." + current.name()));
        if (current == PaymentStatus.PENDING && polls < POLLS) {
            startPolling();
        } else {
            stopPolling();
            if (current == PaymentStatus.PENDING) {
                status.setText(getTranslation("payment.return.still-pending"));
            }
        }
    }

    private void startPolling() {
        if (polling != null) {
            return;
        }
        getUI().or(() -> Optional.ofNullable(UI.getCurrent())).ifPresent(ui -> {
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(e -> {
                polls++;
                payments.find(orderRef).map(PaymentOrder::status).ifPresent(this::show);
            });
        });
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (orderRef != null && polling == null && polls < POLLS) {
            payments.find(orderRef).map(PaymentOrder::status).ifPresent(this::show);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling();
        super.onDetach(detachEvent);
    }

    private Div home() {
        Button home = new Button(getTranslation("payment.return.home"), VaadinIcon.HOME.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("")));
        home.setId("return-home");
        Div actions = new Div(home);
        actions.addClassName("actions");
        return actions;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("payment.return.title"));
    }
}
