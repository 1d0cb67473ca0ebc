package vn.dvc.kiosk.dossier.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;
import vn.dvc.kiosk.dossier.DossierRatings;
import vn.dvc.kiosk.dossier.DossierStatus;
import vn.dvc.kiosk.dossier.DossierView;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.FeeStatus;
import vn.dvc.kiosk.dossier.PaymentReceipts;
import vn.dvc.kiosk.dossier.TrackedDossier;
import vn.dvc.kiosk.payment.receipt.PaymentReceiptDownloads;
import vn.dvc.kiosk.shared.i18n.ResidentScreenOptions;
import vn.dvc.kiosk.payment.receipt.PaymentReceiptPdf;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.shared.ui.KioskLayout;
import vn.dvc.kiosk.shared.ui.PageTitles;

/**
 * A dossier's public tracking page, opened from the QR on the receipt: the unguessable token is the key, and the
 * page shows nothing personal (no name, no ID number). Once the fee is paid online it offers the payment receipt as
 * a PDF, with the payer's name masked, since whoever holds the link may not be the payer. Below the facts: the
 * resident's steps with their days and what to do next; while papers are asked for, what the officer asked and the
 * way to send them ({@code bo-sung/:token}); once the result is returned, the satisfaction rating.
 */
@Route(value = "theo-doi/:token", layout = KioskLayout.class)
@AnonymousAllowed
class TrackingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Dossiers dossiers;
    private final PaymentReceipts paymentReceipts;
    private final PaymentReceiptPdf receiptPdf;
    private final DossierRatings ratings;
    private final ResidentScreenOptions screens;

    TrackingView(Dossiers dossiers, PaymentReceipts paymentReceipts, PaymentReceiptPdf receiptPdf,
            DossierRatings ratings, ObjectProvider<ResidentScreenOptions> screens) {
        this.dossiers = dossiers;
        this.screens = screens.getIfAvailable(() -> ResidentScreenOptions.ALL);
        this.ratings = ratings;
        this.paymentReceipts = paymentReceipts;
        this.receiptPdf = receiptPdf;
        addClassName("tracking-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("tracking.title")));
        String token = event.getRouteParameters().get("token").orElse("");
        TrackedDossier tracked = dossiers.trackByToken(token).orElse(null);
        if (tracked == null) {
            add(new Paragraph(getTranslation("tracking.unknown")));
            return;
        }
        DossierView dossier = tracked.view();
        DescriptionList facts = new DescriptionList();
        facts.addClassName("card-details");
        facts.add(new DescriptionList.Term(getTranslation("receipt.code")), description(dossier.code(), "tracking-code"),
                new DescriptionList.Term(dossier.procedureName()), new DescriptionList.Description(""),
                new DescriptionList.Term(getTranslation("tracking.status")),
                description(getTranslation("status." + dossier.status().name()), "tracking-status"),
                new DescriptionList.Term(getTranslation("receipt.appointment", "")),
                description(KioskLocales.day(dossier.appointmentDate()), "tracking-appointment"),
                new DescriptionList.Term(getTranslation("tracking.fee")),
                description(getTranslation("tracking.fee." + dossier.feeStatus().name()), "tracking-fee"));
        add(facts);
        // a file to download, which the kiosk's locked browser refuses: offered on phones and tablets only
        if (dossier.feeStatus() == FeeStatus.PAID && !screens.drawingForKioskTouchScreen()) {
            Anchor pdf = PaymentReceiptDownloads.anchor(receiptPdf, () -> paymentReceipts.forTrackingPage(token),
                    getTranslation("receipt.payment.pdf"));
            pdf.addClassName("pay-link");
            add(pdf);
        }
        boolean returned = dossier.status() == DossierStatus.RESULT_RETURNED;
        boolean awaitsRating = returned && ratings.awaitsRating(token);
        add(new TimelineList(dossier, tracked.timeline(), returned && !awaitsRating));
        if (dossier.status() == DossierStatus.SUPPLEMENT_REQUESTED) {
            addSupplementRequest(tracked);
        } else if (awaitsRating) {
            add(new RatingPanel(ratings, token));
        } else if (returned) {
            Paragraph done = new Paragraph(getTranslation("rating.already"));
            done.setId("rating-thanks");
            add(done);
        }
    }

    /** What the officer asked for, in big type, and the way to send it from here. */
    private void addSupplementRequest(TrackedDossier tracked) {
        DescriptionList asked = new DescriptionList();
        asked.addClassName("card-details");
        String request = tracked.supplementRequest() == null ? "" : tracked.supplementRequest();
        asked.add(new DescriptionList.Term(getTranslation("supplement.asked")),
                description(request, "tracking-supplement-request"));
        // a link, not a button: it works before the page's scripts are ready and reads as "go somewhere"
        Anchor start = new Anchor("bo-sung/" + tracked.trackingToken(), "");
        start.getElement().setAttribute("router-link", "");
        start.add(VaadinIcon.CAMERA.create(), new Span(getTranslation("supplement.start")));
        start.addClassName("start-button");
        start.setId("tracking-supplement");
        add(asked, start);
    }

    private static DescriptionList.Description description(String text, String id) {
        DescriptionList.Description description = new DescriptionList.Description(text);
        description.setId(id);
        return description;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("tracking.title"));
    }
}
