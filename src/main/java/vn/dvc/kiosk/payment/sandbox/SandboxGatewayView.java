package vn.dvc.kiosk.payment.sandbox;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.shared.ui.PageTitles;

/**
 * The sandbox's VNPay payment page ({@value SandboxRoutes#GATEWAY}; the sandbox terminal's {@code pay-url}): shows
 * the order the signed payment URL describes, refuses one whose signature is not the terminal's or whose time is
 * up, and on "Pay" or "Cancel" sends the IPN to this app, then sends the browser to the return URL with the signed
 * result, as VNPay does.
 */
@AnonymousAllowed
class SandboxGatewayView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SandboxVnPay vnPay;
    private final Clock clock;

    SandboxGatewayView(SandboxVnPay vnPay, Clock clock) {
        this.vnPay = vnPay;
        this.clock = clock;
        addClassName("sandbox-gateway");
        getStyle().set("padding", "24px 32px").set("max-width", "960px").set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("sandbox.gateway.title")));
        Paragraph note = new Paragraph(getTranslation("sandbox.gateway.note"));
        note.addClassName("fact-note");
        add(note);
        Optional<SandboxVnPay.Checkout> checkout = vnPay.checkout(event.getLocation().getQueryParameters()
                .getParameters());
        if (checkout.isEmpty()) {
            problem("sandbox.gateway.invalid");
            return;
        }
        SandboxVnPay.Checkout order = checkout.get();
        DescriptionList facts = new DescriptionList();
        facts.addClassName("card-details");
        facts.add(new DescriptionList.Term(getTranslation("sandbox.gateway.order")),
                description(order.txnRef(), "gateway-order"),
                new DescriptionList.Term(getTranslation("sandbox.gateway.info")),
                description(order.orderInfo(), "gateway-info"),
                new DescriptionList.Term(getTranslation("sandbox.gateway.amount")),
                description(getTranslation("sandbox.gateway.amount.value",
                        KioskLocales.money(order.amountVnd(), getLocale())), "gateway-amount"));
        if (order.expiresAt() != null) {
            facts.add(new DescriptionList.Term(getTranslation("sandbox.gateway.expires")),
                    description(KioskLocales.dayAndTime(LocalDateTime.ofInstant(order.expiresAt(), clock.getZone())),
                            "gateway-expires"));
        }
        add(facts);
        if (order.expiresAt() != null && !order.expiresAt().isAfter(clock.instant())) {
            problem("sandbox.gateway.expired");
            return;
        }
        Button pay = new Button(getTranslation("sandbox.gateway.pay"), VaadinIcon.CHECK.create(),
                e -> finish(order, vnPay.pay(order.txnRef(), order.amountVnd(), order.orderInfo())));
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pay.setId("gateway-pay");
        Button cancel = new Button(getTranslation("sandbox.gateway.cancel"), VaadinIcon.CLOSE.create(),
                e -> finish(order, vnPay.cancel(order.txnRef(), order.amountVnd(), order.orderInfo())));
        cancel.setId("gateway-cancel");
        Div actions = new Div(pay, cancel);
        actions.addClassName("actions");
        add(actions);
    }

    /** As VNPay: the IPN first (server to server), then the resident's browser back to the merchant. */
    private void finish(SandboxVnPay.Checkout order, SandboxVnPay.Transaction transaction) {
        vnPay.sendIpn(vnPay.notice(transaction));
        String back = order.returnUrl() == null ? "." : vnPay.returnUrl(order.returnUrl(), transaction);
        getUI().ifPresent(ui -> ui.getPage().setLocation(back));
    }

    private void problem(String key) {
        Paragraph problem = new Paragraph(getTranslation(key));
        problem.addClassName("card-problem-message");
        problem.setId("gateway-problem");
        problem.getElement().setAttribute("role", "alert");
        add(problem);
    }

    private static DescriptionList.Description description(String text, String id) {
        DescriptionList.Description description = new DescriptionList.Description(text == null ? "" : text);
        description.setId(id);
        return description;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("sandbox.gateway.title"));
    }
}
