package vn.dvc.kiosk.filing.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;
import vn.dvc.kiosk.catalog.Catalog;
import vn.dvc.kiosk.catalog.Procedure;
import vn.dvc.kiosk.catalog.ui.ProcedureTexts;
import vn.dvc.kiosk.dossier.DocumentKind;
import vn.dvc.kiosk.dossier.DocumentSummary;
import vn.dvc.kiosk.dossier.DossierReceipt;
import vn.dvc.kiosk.dossier.DossierView;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.payment.PaymentOrder;
import vn.dvc.kiosk.payment.PaymentStatus;
import vn.dvc.kiosk.payment.Payments;
import vn.dvc.kiosk.filing.FiledDossiers;
import vn.dvc.kiosk.kiosk.PrinterStatus;
import vn.dvc.kiosk.kiosk.ReceiptPrintResult;
import vn.dvc.kiosk.kiosk.ReceiptPrinter;
import vn.dvc.kiosk.kiosk.ThermalReceipt;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.shared.qr.QrImages;
import vn.dvc.kiosk.shared.ui.KioskLayout;
import vn.dvc.kiosk.shared.ui.PageTitles;
import vn.dvc.kiosk.shared.ui.ReadAloudButton;
import vn.dvc.kiosk.shared.ui.Visits;

/**
 * The receipt. On screen: the dossier code in large type, the appointment date, a QR code that opens the tracking
 * page on the resident's phone, what happens next, then the receipt and appointment slip (Mẫu 01, Circular
 * 01/2018/TT-VPCP) with the applicant's details, which is what "Print" puts on one A5 page, with the QR and the
 * signature blocks. "Finish" forgets the resident.
 *
 * <p>On a kiosk with a thermal printer, "Print" prints the short thermal receipt there instead: the browser's print
 * would send the A5 page to that same roll (or open a print dialog on the touch screen). If the printer fails, the
 * resident is told how to keep the code without it, and the receipt stays on screen.
 *
 * <p>The slip names the applicant and the QR on it carries the same token as this page's address, so only the visit
 * that filed the dossier sees it; anyone else with the token is sent to the public tracking page.
 */
@Route(value = "bien-nhan/:token", layout = KioskLayout.class)
@AnonymousAllowed
class ReceiptView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final String NONE = "—";

    private final Dossiers dossiers;
    private final FiledDossiers filed;
    private final Catalog catalog;
    private final Visits visits;
    private final String trackingBaseUrl;
    private final Payments payments;
    private final ReceiptPrinter printer;
    /** The order that paid this dossier's fee online, if it was. */
    private PaymentOrder paid;

    ReceiptView(Dossiers dossiers, FiledDossiers filed, Catalog catalog, Visits visits, Payments payments,
            ReceiptPrinter printer, @Value("${kiosk.tracking.base-url:http://localhost:8080}") String trackingBaseUrl) {
        this.payments = payments;
        this.printer = printer;
        this.dossiers = dossiers;
        this.filed = filed;
        this.catalog = catalog;
        this.visits = visits;
        this.trackingBaseUrl = trackingBaseUrl.replaceAll("/+$", "");
        addClassName("receipt-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        if (!filed.filedInThisVisit(token)) {
            event.forwardTo("theo-doi/" + URLEncoder.encode(token, StandardCharsets.UTF_8));
            return;
        }
        DossierReceipt receipt = dossiers.receipt(token).orElse(null);
        if (receipt == null) {
            event.forwardTo("");
            return;
        }
        DossierView dossier = receipt.dossier();
        paid = payments.latestFor(dossier.code()).filter(order -> order.status() == PaymentStatus.PAID).orElse(null);
        Optional<Procedure> procedure = catalog.procedure(receipt.procedureCode());
        String procedureName = KioskLocales.isEnglish(getLocale())
                ? procedure.map(p -> p.name(true)).orElse(dossier.procedureName())
                : dossier.procedureName();
        String qrDataUrl = QrImages.dataUrl(trackingBaseUrl + "/theo-doi/" + token, 320);

        Span done = new Span(VaadinIcon.CHECK_CIRCLE.create(), new Span(getTranslation("receipt.done")));
        done.addClassName("scan-success");
        H1 code = new H1(dossier.code());
        code.setId("dossier-code");
        code.addClassName("dossier-code");
        Paragraph codeLabel = new Paragraph(getTranslation("receipt.code"));
        Paragraph appointment = new Paragraph(getTranslation("receipt.appointment",
                KioskLocales.day(dossier.appointmentDate())));
        appointment.setId("appointment");
        appointment.addClassName("fact-main");
        Paragraph procedureLine = new Paragraph(procedureName);
        procedureLine.addClassName("receipt-procedure");
        Div read = new Div(done, codeLabel, code, procedureLine, appointment);
        read.setId("receipt-read");

        Image qr = new Image(qrDataUrl, getTranslation("receipt.qr.alt"));
        qr.setId("tracking-qr");
        qr.addClassName("tracking-qr");
        Div qrBox = new Div(qr, new Paragraph(getTranslation("receipt.qr")));
        qrBox.addClassName("tracking-qr-box");

        Div slip = new Div(read, qrBox);
        slip.addClassName("receipt-slip");
        slip.setId("receipt-slip");

        OrderedList next = new OrderedList(new ListItem(getTranslation("receipt.next.1")),
                new ListItem(getTranslation("receipt.next.2")), new ListItem(getTranslation("receipt.next.3")));
        next.addClassName("receipt-next");
        Paragraph fee = new Paragraph(getTranslation("receipt.fee", fee(receipt.feeVnd())));
        fee.setId("receipt-fee");
        Paragraph printMessage = new Paragraph();
        printMessage.setId("print-message");
        printMessage.addClassName("fact-main");
        printMessage.getElement().setAttribute("role", "status");
        Button print;
        if (printer.configured()) {
            ThermalReceipt thermal = thermal(receipt, procedureName, token);
            print = new Button(getTranslation("receipt.printing.button"), VaadinIcon.PRINT.create());
            print.setDisableOnClick(true);
            print.addClickListener(e -> printInBackground(thermal, e.getSource(), printMessage));
            print.setId("print-thermal");
        } else {
            print = new Button(getTranslation("receipt.print"), VaadinIcon.PRINT.create(),
                    e -> getElement().executeJs("window.print()"));
            print.setId("print");
        }
        Button finish = new Button(getTranslation("identity.done.finish"), VaadinIcon.SIGN_OUT.create(),
                e -> getUI().ifPresent(ui -> visits.end(ui, "resident finished")));
        finish.addThemeVariants(ButtonVariant.PRIMARY);
        finish.setId("finish");
        Div actions = new Div(print, finish);
        actions.addClassName("actions");
        Div screenPart = new Div(new Div(slip, new ReadAloudButton("receipt-read")),
                new H2(getTranslation("receipt.next")), next, fee, actions, printMessage);
        screenPart.addClassName("receipt-screen");
        add(screenPart, form(receipt, procedure, procedureName, qrDataUrl));
    }

    /** The short receipt of the thermal printer: what the resident needs to come back, and the tracking QR. */
    private ThermalReceipt thermal(DossierReceipt receipt, String procedureName, String token) {
        DossierView dossier = receipt.dossier();
        String agency = receipt.receivingUnitName() != null ? receipt.receivingUnitName()
                : getTranslation("receipt.form.unitCode", receipt.receivingUnitCode());
        String site = trackingBaseUrl.replaceFirst("^https?://", "") + "/tra-cuu";
        return new ThermalReceipt(agency,
                getTranslation("receipt.form.title").toUpperCase(Locale.forLanguageTag("vi")),
                getTranslation("receipt.form.code"), dossier.code(), List.of(
                        new ThermalReceipt.Field(getTranslation("receipt.printing.applicant"),
                                receipt.applicantName()),
                        new ThermalReceipt.Field(getTranslation("receipt.printing.procedure"), procedureName),
                        new ThermalReceipt.Field(getTranslation("receipt.printing.received"),
                                RECEIVED.format(dossier.receivedAt())),
                        new ThermalReceipt.Field(getTranslation("receipt.printing.appointment"),
                                KioskLocales.day(dossier.appointmentDate())),
                        new ThermalReceipt.Field(getTranslation("receipt.printing.fee"), fee(receipt.feeVnd())),
                        new ThermalReceipt.Field(getTranslation("receipt.printing.delivery"), delivery(receipt))),
                trackingBaseUrl + "/theo-doi/" + token, getTranslation("receipt.printing.track", site));
    }

    /**
     * The screen stays usable while the printer works (a printer without paper takes 20 s to give up): the resident
     * is told it is printing, then how it went, and may print again. Someone who finished meanwhile is not told.
     */
    private void printInBackground(ThermalReceipt thermal, Button print, Paragraph message) {
        UI ui = UI.getCurrent();
        message.setText(getTranslation("receipt.printing.inProgress"));
        printer.printInBackground(thermal).thenAccept(ui.accessLater(result -> {
            message.setText(printed(result));
            print.setEnabled(true);
        }, () -> { }));
    }

    /** What the resident is told after a print; never the technical cause, which the printer service logs. */
    private String printed(ReceiptPrintResult result) {
        if (result.printed()) {
            return getTranslation("receipt.printing.done");
        }
        return getTranslation(result.status() == PrinterStatus.PAPER_OUT ? "receipt.printing.paperOut"
                : "receipt.printing.failed");
    }

    /** Mẫu 01: what the resident takes home, and what the one-stop desk reads back when the result is collected. */
    private Div form(DossierReceipt receipt, Optional<Procedure> procedure, String procedureName, String qrDataUrl) {
        DossierView dossier = receipt.dossier();
        Paragraph unit = new Paragraph(receipt.receivingUnitName() != null ? receipt.receivingUnitName()
                : getTranslation("receipt.form.unitCode", receipt.receivingUnitCode()));
        unit.addClassName("receipt-form-unit");
        Div agency = new Div(unit);
        Paragraph nation = new Paragraph(getTranslation("receipt.form.nation"));
        nation.addClassName("receipt-form-nation");
        Paragraph motto = new Paragraph(getTranslation("receipt.form.motto"));
        motto.addClassName("receipt-form-motto");
        Div state = new Div(nation, motto);
        Div header = new Div(agency, state);
        header.addClassName("receipt-form-header");

        H2 title = new H2(getTranslation("receipt.form.title"));
        title.addClassName("receipt-form-title");

        Span code = new Span(dossier.code());
        code.addClassName("receipt-form-code");
        code.setId("receipt-form-code");
        Paragraph codeLine = new Paragraph(label("receipt.form.code"), code);
        codeLine.addClassName("receipt-form-code-line");
        Div applicant = new Div(codeLine,
                line("receipt.form.applicant", receipt.applicantName(), "receipt-applicant"),
                line("receipt.form.address", orNone(receipt.applicantAddress()), "receipt-address"),
                line("receipt.form.phone", orNone(receipt.contactPhone()), "receipt-phone"));
        if (receipt.contactEmail() != null && !receipt.contactEmail().isBlank()) {
            applicant.add(line("receipt.form.email", receipt.contactEmail(), "receipt-email"));
        }
        applicant.addClassName("receipt-form-applicant");
        Image qr = new Image(qrDataUrl, getTranslation("receipt.qr.alt"));
        qr.addClassName("receipt-form-qr");
        Paragraph qrHint = new Paragraph(getTranslation("receipt.form.qr"));
        Div qrBox = new Div(qr, qrHint);
        qrBox.addClassName("receipt-form-qr-box");
        Div top = new Div(applicant, qrBox);
        top.addClassName("receipt-form-top");

        String processingTime = procedure.map(p -> ProcedureTexts.time(this, p.getProcessingTime())).orElse(NONE);
        Div form = new Div(header, title, top,
                line("receipt.form.procedure", procedureName, "receipt-procedure-name"),
                numbered("receipt.form.documents", null, null), documents(receipt),
                numbered("receipt.form.sets", getTranslation("receipt.form.sets.value", 1), null),
                numbered("receipt.form.time", processingTime, "receipt-processing-time"),
                numbered("receipt.form.received", RECEIVED.format(dossier.receivedAt()), "receipt-received"),
                numbered("receipt.form.appointment", KioskLocales.day(dossier.appointmentDate()),
                        "receipt-appointment"),
                numbered("receipt.form.delivery", delivery(receipt), "receipt-delivery"),
                numbered("receipt.form.fee", fee(receipt.feeVnd()), "receipt-form-fee"),
                signatures(receipt));
        form.addClassName("receipt-form");
        form.setId("receipt-form");
        return form;
    }

    private NativeTable documents(DossierReceipt receipt) {
        NativeTable table = new NativeTable();
        table.addClassName("receipt-form-documents");
        table.setId("receipt-documents");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("receipt.form.documents.no"));
        head.addHeaderCell().setText(getTranslation("receipt.form.documents.name"));
        head.addHeaderCell().setText(getTranslation("receipt.form.documents.kind"));
        head.addHeaderCell().setText(getTranslation("receipt.form.documents.pages"));
        int number = 0;
        for (DocumentSummary document : receipt.documents()) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(String.valueOf(++number));
            row.addDataCell().setText(document.name());
            row.addDataCell().setText(getTranslation("receipt.kind." + document.kind().name()));
            row.addDataCell().setText(document.kind() == DocumentKind.ELECTRONIC_FORM || document.pageCount() == 0
                    ? NONE : String.valueOf(document.pageCount()));
        }
        return table;
    }

    private Div signatures(DossierReceipt receipt) {
        Div applicant = new Div(strong("receipt.form.sign.applicant"), hint("receipt.form.sign.hint"),
                signedName(receipt.applicantName()));
        Div receiver = new Div(strong("receipt.form.sign.receiver"), hint("receipt.form.sign.hint"),
                signedName(getTranslation("receipt.form.sign.online")));
        Div signatures = new Div(applicant, receiver);
        signatures.addClassName("receipt-form-signatures");
        return signatures;
    }

    private String delivery(DossierReceipt receipt) {
        if (receipt.dossier().resultDelivery() == null) {
            return NONE;
        }
        return switch (receipt.dossier().resultDelivery()) {
            case POSTAL -> getTranslation("receipt.delivery.POSTAL", orNone(receipt.deliveryAddress() != null
                    ? receipt.deliveryAddress() : receipt.applicantAddress()));
            case COUNTER, ELECTRONIC -> getTranslation("channel." + receipt.dossier().resultDelivery().name());
        };
    }

    /** The amount, and whether it was paid online or is collected at the one-stop counter. */
    private String fee(Long feeVnd) {
        if (paid != null) {
            return getTranslation("receipt.fee.paid", KioskLocales.money(paid.amountVnd(), getLocale()),
                    paid.providerTransactionNo() == null ? paid.orderRef() : paid.providerTransactionNo());
        }
        if (feeVnd == null) {
            return getTranslation("receipt.fee.unknown");
        }
        if (feeVnd == 0) {
            return getTranslation("fee.free");
        }
        return getTranslation("receipt.fee.amount", KioskLocales.money(feeVnd, getLocale()));
    }

    private Span label(String key) {
        Span label = new Span(getTranslation(key) + ": ");
        label.addClassName("receipt-form-label");
        return label;
    }

    private Paragraph line(String labelKey, String value, String id) {
        Paragraph line = new Paragraph(label(labelKey), new Span(value));
        line.addClassName("receipt-form-line");
        line.setId(id);
        return line;
    }

    private Paragraph numbered(String labelKey, String value, String id) {
        Paragraph line = new Paragraph(label(labelKey));
        if (value != null) {
            line.add(new Span(value));
        }
        line.addClassName("receipt-form-item");
        if (id != null) {
            line.setId(id);
        }
        return line;
    }

    private Component strong(String key) {
        Paragraph text = new Paragraph(getTranslation(key));
        text.addClassName("receipt-form-sign-title");
        return text;
    }

    private Component hint(String key) {
        Paragraph text = new Paragraph(getTranslation(key));
        text.addClassName("receipt-form-sign-hint");
        return text;
    }

    private static Component signedName(String name) {
        Paragraph text = new Paragraph(name);
        text.addClassName("receipt-form-sign-name");
        return text;
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }


    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("receipt.done"));
    }
}
