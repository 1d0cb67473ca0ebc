package vn.dvc.kiosk.payment.sandbox;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import vn.dvc.kiosk.payment.PaymentMethod;
import vn.dvc.kiosk.payment.PaymentOrder;
import vn.dvc.kiosk.payment.Payments;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.shared.ui.PageTitles;

/**
 * The sandbox's "bank app" ({@value SandboxRoutes#BANK}, only when the sandbox is on): the pending orders, and per
 * order the notifications a bank or VNPay could send, good and bad; each button sends a real one to this app and
 * shows what the app answered. A form opens a test order, since the residents' payment screens come later.
 */
@AnonymousAllowed
class SandboxBankView extends Div implements HasDynamicTitle {

    private static final int RESULTS_SHOWN = 10;

    private final SandboxBank bank;
    private final Payments payments;
    private final Clock clock;
    private final Div orders = new Div();
    private final UnorderedList results = new UnorderedList();
    private final Deque<String> lastResults = new ArrayDeque<>();

    SandboxBankView(SandboxBank bank, Payments payments, Clock clock) {
        this.bank = bank;
        this.payments = payments;
        this.clock = clock;
        addClassName("sandbox-bank");
        getStyle().set("padding", "24px 32px");

        Paragraph warning = new Paragraph(getTranslation("sandbox.warning"));
        warning.addClassName("card-problem-message");
        warning.setId("sandbox-warning");

        results.setId("sandbox-results");
        orders.setId("sandbox-orders");
        orders.addClassName("procedure-cards");

        Button refresh = new Button(getTranslation("sandbox.bank.refresh"), VaadinIcon.REFRESH.create(),
                e -> showOrders());
        refresh.setId("sandbox-refresh");
        Div heading = new Div(new H2(getTranslation("sandbox.bank.pending")), refresh);
        heading.addClassName("view-heading");

        add(new H1(getTranslation("sandbox.bank.title")), warning, openForm(), results, heading, orders);
        showOrders();
    }

    private Div openForm() {
        TextField dossierCode = new TextField(getTranslation("sandbox.bank.open.dossier"));
        dossierCode.setId("sandbox-dossier");
        dossierCode.setHelperText(getTranslation("sandbox.bank.open.dossier.help"));
        dossierCode.setWidth("28em");
        TextField amount = new TextField(getTranslation("sandbox.bank.open.amount"));
        amount.setId("sandbox-amount");
        amount.setValue("8000");
        amount.setPattern("[0-9]{1,11}");
        amount.setAllowedCharPattern("[0-9]");
        Div form = new Div(dossierCode, amount);
        form.addClassName("procedure-card-facts");
        Div buttons = new Div();
        buttons.addClassName("procedure-card-facts");
        for (PaymentMethod method : PaymentMethod.values()) {
            Button open = new Button(getTranslation("sandbox.bank.open." + method.name()),
                    e -> open(dossierCode.getValue(), amount.getValue(), method));
            open.setId("sandbox-open-" + method.name().toLowerCase(Locale.ROOT));
            open.setEnabled(payments.offers(method));
            buttons.add(open);
        }
        Div box = new Div(new H2(getTranslation("sandbox.bank.open")), form, buttons);
        box.addClassName("card-details");
        box.getStyle().set("display", "block");
        return box;
    }

    private void open(String dossierCode, String amount, PaymentMethod method) {
        String code = dossierCode == null || dossierCode.isBlank()
                ? "SANDBOX-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT)
                : dossierCode.strip();
        try {
            PaymentOrder order = payments.open(code, Long.parseLong(amount.strip()), method);
            result(getTranslation("sandbox.bank.opened", order.orderRef(), order.dossierCode()));
        } catch (RuntimeException refused) {
            result(getTranslation("sandbox.bank.open.refused", refused.getMessage()));
        }
        showOrders();
    }

    private void showOrders() {
        orders.removeAll();
        var pending = bank.pending();
        if (pending.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("sandbox.bank.none"));
            none.setId("sandbox-none");
            orders.add(none);
        }
        pending.forEach(order -> orders.add(card(order)));
    }

    private Div card(PaymentOrder order) {
        Span ref = new Span(order.orderRef());
        ref.addClassName("procedure-card-name");
        Div facts = new Div(
                new Span(getTranslation("sandbox.bank.dossier", order.dossierCode())),
                new Span(getTranslation("sandbox.bank.amount", KioskLocales.money(order.amountVnd(), getLocale()))),
                new Span(getTranslation("payment.method." + order.method().name())),
                new Span(getTranslation("sandbox.bank.expires", KioskLocales.dayAndTime(
                        LocalDateTime.ofInstant(order.expiresAt(), clock.getZone())))));
        facts.addClassName("procedure-card-facts");
        Div actions = new Div();
        actions.addClassName("procedure-card-facts");
        for (SandboxScenario scenario : SandboxBank.scenariosFor(order.method())) {
            Button action = new Button(getTranslation(scenario.labelKey()), e -> run(order, scenario));
            action.setId("sandbox-" + scenario.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                    + order.orderRef());
            action.addThemeVariants(scenario == SandboxScenario.PAY ? ButtonVariant.LUMO_PRIMARY
                    : ButtonVariant.LUMO_CONTRAST);
            actions.add(action);
        }
        if (order.method() == PaymentMethod.VNPAY) {
            Button checkout = new Button(getTranslation("sandbox.bank.checkout"), VaadinIcon.EXTERNAL_LINK.create(),
                    e -> getUI().ifPresent(ui -> ui.getPage().setLocation(
                            payments.checkoutUrl(order.orderRef(), "127.0.0.1", getLocale()).toString())));
            checkout.setId("sandbox-checkout-" + order.orderRef());
            actions.add(checkout);
        }
        Div body = new Div(ref, facts, actions);
        body.addClassName("procedure-card-body");
        Div card = new Div(body);
        card.addClassName("procedure-card");
        card.setId("sandbox-order-" + order.orderRef());
        return card;
    }

    private void run(PaymentOrder order, SandboxScenario scenario) {
        SandboxOutcome outcome = bank.run(order.orderRef(), scenario);
        String codes = outcome.rspCodes().isEmpty() ? getTranslation("sandbox.bank.result.none")
                : String.join(", ", outcome.rspCodes());
        String status = outcome.statusAfter() == null ? "?"
                : getTranslation("payment.status." + outcome.statusAfter().name());
        result(getTranslation("sandbox.bank.result", order.orderRef(), getTranslation(scenario.labelKey()), codes,
                status));
        showOrders();
    }

    private void result(String text) {
        lastResults.addFirst(text);
        while (lastResults.size() > RESULTS_SHOWN) {
            lastResults.removeLast();
        }
        results.removeAll();
        lastResults.forEach(line -> results.add(new ListItem(line)));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("sandbox.bank.title"));
    }
}
