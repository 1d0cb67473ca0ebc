package vn.dvc.kiosk.filing.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import vn.dvc.kiosk.catalog.Catalog;
import vn.dvc.kiosk.dossier.DossierReceipt;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.PaymentReceipts;
import vn.dvc.kiosk.filing.FiledDossiers;
import vn.dvc.kiosk.filing.PaymentWatch;
import vn.dvc.kiosk.payment.PaymentMethod;
import vn.dvc.kiosk.payment.PaymentOrder;
import vn.dvc.kiosk.payment.PaymentStatus;
import vn.dvc.kiosk.payment.Payments;
import vn.dvc.kiosk.payment.VietQrImage;
import vn.dvc.kiosk.payment.VietQrPayload;
import vn.dvc.kiosk.payment.VietQrProperties;
import vn.dvc.kiosk.payment.receipt.PaymentReceiptDownloads;
import vn.dvc.kiosk.shared.i18n.ResidentScreenOptions;
import vn.dvc.kiosk.payment.receipt.PaymentReceiptPdf;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.shared.qr.QrImages;
import vn.dvc.kiosk.shared.ui.ClientAddress;
import vn.dvc.kiosk.shared.ui.KioskLayout;
import vn.dvc.kiosk.shared.ui.PageTitles;
import vn.dvc.kiosk.shared.ui.ReadAloudButton;

/**
 * Paying the fee right after filing: a VietQR code any banking app can pay, VNPay's page (opened on the resident's
 * phone from a QR code, or on a tablet), or the counter. While the resident pays, the screen waits and turns green
 * by itself (server push) when the bank's notification is committed; an expired or failed attempt offers another
 * try or the counter. Only the visit that filed the dossier comes here.
 */
@Route(value = "thanh-toan/:token", layout = KioskLayout.class)
@AnonymousAllowed
class PayFeeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(PayFeeView.class);

    private final Dossiers dossiers;
    private final FiledDossiers filed;
    private final Payments payments;
    private final VietQrProperties vietQr;
    private final PaymentWatch watch;
    private final PaymentReceipts paymentReceipts;
    private final PaymentReceiptPdf receiptPdf;
    private final Clock clock;
    private final Catalog catalog;
    private final ResidentScreenOptions screens;

    private String token;
    private DossierReceipt receipt;
    private Registration watching;
    /** read while the browser's request is at hand: "paid" is drawn from the bank's thread */
    private boolean kioskTouchScreen;

    PayFeeView(Dossiers dossiers, FiledDossiers filed, Payments payments, VietQrProperties vietQr, PaymentWatch watch,
            PaymentReceipts paymentReceipts, PaymentReceiptPdf receiptPdf, Clock clock, Catalog catalog,
            ObjectProvider<ResidentScreenOptions> screens) {
        this.catalog = catalog;
        this.screens = screens.getIfAvailable(() -> ResidentScreenOptions.ALL);
        this.paymentReceipts = paymentReceipts;
        this.receiptPdf = receiptPdf;
        this.dossiers = dossiers;
        this.filed = filed;
        this.payments = payments;
        this.vietQr = vietQr;
        this.watch = watch;
        this.clock = clock;
        addClassNames("filing-view", "pay-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        kioskTouchScreen = screens.drawingForKioskTouchScreen();
        token = event.getRouteParameters().get("token").orElse("");
        if (!filed.filedInThisVisit(token)) {
            event.forwardTo("theo-doi/" + token);
            return;
        }
        receipt = dossiers.receipt(token).orElse(null);
        if (receipt == null || receipt.feeVnd() == null || receipt.feeVnd() <= 0) {
            event.forwardTo("bien-nhan/" + token);
            return;
        }
        Optional<PaymentOrder> latest = payments.latestFor(code());
        if (latest.isPresent() && latest.get().status() == PaymentStatus.AT_COUNTER) {
            event.forwardTo("bien-nhan/" + token);
            return;
        }
        if (latest.isPresent() && latest.get().status() == PaymentStatus.PAID) {
            showPaid(latest.get());
        } else {
            showChoices(null);
        }
    }

    private void showChoices(String problem) {
        stopWatching();
        removeAll();
        H1 title = new H1(getTranslation("pay.title"));
        Paragraph amount = new Paragraph(new Span(getTranslation("pay.amount.label") + ": "), amountSpan());
        amount.addClassName("fact-main");
        Paragraph procedure = new Paragraph(receipt.dossier().procedureName() + " · " + code());
        procedure.addClassName("receipt-procedure");
        Paragraph intro = new Paragraph(getTranslation("pay.intro"));
        Div read = new Div(title, amount, procedure);
        feeNote().ifPresent(note -> {
            Paragraph plain = new Paragraph(note);
            plain.addClassName("fact-note");
            plain.setId("fee-note");
            read.add(plain);
        });
        read.add(intro);
        read.setId("pay-read");
        Div heading = new Div(read, new ReadAloudButton("pay-read"));
        heading.addClassName("view-heading");
        add(heading);
        if (problem != null) {
            add(problem(problem));
        }
        Div choices = new Div();
        choices.addClassName("identify-choices");
        if (payments.offers(PaymentMethod.VIETQR) && vietQr.configured()) {
            choices.add(choice("pay-vietqr", VaadinIcon.QRCODE, "pay.vietqr", "pay.vietqr.help",
                    () -> start(PaymentMethod.VIETQR)));
        }
        if (payments.offers(PaymentMethod.VNPAY)) {
            choices.add(choice("pay-vnpay", VaadinIcon.CREDIT_CARD, "pay.vnpay", "pay.vnpay.help",
                    () -> start(PaymentMethod.VNPAY)));
        }
        choices.add(choice("pay-counter", VaadinIcon.OFFICE, "pay.counter", "pay.counter.help", this::payAtCounter));
        add(choices);
    }

    private void start(PaymentMethod method) {
        PaymentOrder order;
        try {
            order = payments.open(code(), receipt.feeVnd(), method);
        } catch (RuntimeException unavailable) {
            log.warn("A {} payment order could not be opened: {}", method, unavailable.toString());
            showChoices(getTranslation("pay.unavailable"));
            return;
        }
        if (order.status() == PaymentStatus.PAID) {
            showPaid(order);
            return;
        }
        removeAll();
        Div qrBox;
        Div read;
        if (method == PaymentMethod.VIETQR) {
            String purpose = VietQrPayload.purposeFor(code(), null);
            Image qr = new Image(VietQrImage.dataUrl(vietQr.dynamicPayload(order.amountVnd(), purpose), VietQrImage.DEFAULT_SIZE),
                    getTranslation("pay.vietqr.alt", money(order.amountVnd())));
            qr.setId("vietqr");
            qr.addClassName("pay-qr");
            qrBox = new Div(qr, new Paragraph(getTranslation("pay.vietqr.account", vietQr.accountName())),
                    new Paragraph(getTranslation("pay.vietqr.purpose", purpose)));
            read = new Div(new H1(getTranslation("pay.vietqr.title", money(order.amountVnd()))),
                    new OrderedList(new ListItem(getTranslation("pay.vietqr.step.1")),
                            new ListItem(getTranslation("pay.vietqr.step.2")),
                            new ListItem(getTranslation("pay.vietqr.step.3"))));
        } else {
            String checkout;
            try {
                checkout = payments.checkoutUrl(order.orderRef(), ClientAddress.ofThisVisit().orElse("127.0.0.1"), getLocale()).toString();
            } catch (RuntimeException unavailable) {
                log.warn("No VNPay checkout address for an order: {}", unavailable.toString());
                showChoices(getTranslation("pay.unavailable"));
                return;
            }
            Image qr = new Image(QrImages.dataUrl(checkout, VietQrImage.DEFAULT_SIZE), getTranslation("pay.vnpay.alt"));
            qr.setId("vnpay-qr");
            qr.addClassName("pay-qr");
            qrBox = new Div(qr);
            // on the kiosk's own screen VNPay's site is blocked and has no way back: the phone pays, from the QR
            if (!kioskTouchScreen) {
                Anchor open = new Anchor(checkout, getTranslation("pay.vnpay.open"));
                open.setId("vnpay-open");
                open.addClassName("pay-link");
                qrBox.add(open);
            }
            read = new Div(new H1(getTranslation("pay.vnpay.title", money(order.amountVnd()))),
                    new Paragraph(getTranslation("pay.vnpay.step")));
        }
        qrBox.addClassName("pay-qr-box");
        read.setId("pay-read");
        Paragraph waiting = new Paragraph(VaadinIcon.HOURGLASS.create(), new Span(getTranslation("pay.waiting")));
        waiting.setId("payment-status");
        waiting.addClassName("pay-waiting");
        waiting.getElement().setAttribute("role", "status");
        Paragraph expires = new Paragraph(getTranslation("pay.expires",
                KioskLocales.dayAndTime(LocalDateTime.ofInstant(order.expiresAt(), clock.getZone()))));
        expires.setId("payment-expires");
        read.add(waiting, expires);
        Div slip = new Div(read, qrBox);
        slip.addClassName("receipt-slip");
        add(new Div(slip, new ReadAloudButton("pay-read")), actions(button("pay-other", "pay.other",
                VaadinIcon.ARROW_LEFT, () -> showChoices(null)), button("pay-counter", "pay.counter",
                VaadinIcon.OFFICE, this::payAtCounter)));
        watchOrder(order.orderRef());
    }

    /** The order may have changed before the screen started listening: read it once more after registering. */
    private void watchOrder(String orderRef) {
        stopWatching();
        UI ui = UI.getCurrent();
        watching = watch.watch(orderRef, ref -> ui.access(() -> payments.find(ref).ifPresent(this::changed)));
        payments.find(orderRef).ifPresent(this::changed);
    }

    private void changed(PaymentOrder order) {
        switch (order.status()) {
            case PAID -> showPaid(order);
            case EXPIRED -> showChoices(getTranslation("pay.expired"));
            case FAILED -> showChoices(getTranslation("pay.failed"));
            case AT_COUNTER -> getUI().ifPresent(ui -> ui.navigate("bien-nhan/" + token));
            case PENDING -> { }
        }
    }

    private void showPaid(PaymentOrder order) {
        stopWatching();
        removeAll();
        H1 done = new H1(VaadinIcon.CHECK_CIRCLE.create(), new Span(getTranslation("pay.paid")));
        done.addClassName("scan-success");
        done.setId("payment-paid");
        Paragraph detail = new Paragraph(getTranslation("pay.paid.detail", money(order.amountVnd()),
                order.providerTransactionNo() == null ? order.orderRef() : order.providerTransactionNo()));
        detail.addClassName("fact-main");
        Paragraph procedure = new Paragraph(receipt.dossier().procedureName() + " · " + code());
        procedure.addClassName("receipt-procedure");
        Div read = new Div(done, detail, procedure);
        read.setId("pay-read");
        Button toReceipt = button("to-receipt", "pay.toReceipt", VaadinIcon.FILE_TEXT_O,
                () -> getUI().ifPresent(ui -> ui.navigate("bien-nhan/" + token)));
        toReceipt.addThemeVariants(ButtonVariant.PRIMARY);
        String paidToken = token;
        add(new Div(read, new ReadAloudButton("pay-read")), actions(toReceipt));
        // the kiosk's browser downloads nothing: its receipt is the printed one
        if (!kioskTouchScreen) {
            Anchor pdf = PaymentReceiptDownloads.anchor(receiptPdf, () -> paymentReceipts.forPayer(paidToken),
                    getTranslation("receipt.payment.pdf"));
            pdf.addClassName("pay-link");
            add(pdf);
        }
    }

    private void payAtCounter() {
        try {
            payments.payAtCounter(code());
        } catch (RuntimeException failure) {
            log.warn("Pay-at-counter could not be recorded: {}", failure.toString());
        }
        getUI().ifPresent(ui -> ui.navigate("bien-nhan/" + token));
    }

    /** A big card like the identification choices; a native button, so it is a plain, focusable button. */
    private NativeButton choice(String id, VaadinIcon icon, String name, String help, Runnable action) {
        Span label = new Span(getTranslation(name));
        label.addClassName("identify-choice-name");
        Span hint = new Span(getTranslation(help));
        hint.addClassName("identify-choice-help");
        NativeButton choice = new NativeButton("", e -> action.run());
        choice.add(icon.create(), new Div(label, hint));
        choice.addClassNames("identify-choice", "pay-choice");
        choice.setId(id);
        return choice;
    }

    private Button button(String id, String label, VaadinIcon icon, Runnable action) {
        Button button = new Button(getTranslation(label), icon.create(), e -> action.run());
        button.setId(id);
        return button;
    }

    private static Div actions(Button... buttons) {
        Div actions = new Div(buttons);
        actions.addClassName("actions");
        return actions;
    }

    private Paragraph problem(String text) {
        Paragraph problem = new Paragraph(text);
        problem.addClassName("card-problem-message");
        problem.setId("payment-problem");
        problem.getElement().setAttribute("role", "alert");
        return problem;
    }

    /** The catalog's words about the fee (exemptions, who pays less), as on the procedure's page. */
    private Optional<String> feeNote() {
        boolean english = KioskLocales.isEnglish(getLocale());
        return catalog.procedure(receipt.procedureCode()).map(p -> english ? p.getFee().noteEn() : p.getFee().noteVi())
                .filter(note -> note != null && !note.isBlank());
    }

    private Span amountSpan() {
        Span amount = new Span(getTranslation("pay.amount", money(receipt.feeVnd())));
        amount.setId("fee-amount");
        return amount;
    }

    private String money(long amountVnd) {
        return KioskLocales.money(amountVnd, getLocale());
    }

    private String code() {
        return receipt.dossier().code();
    }


    private void stopWatching() {
        if (watching != null) {
            watching.remove();
            watching = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopWatching();
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("pay.title"));
    }
}
