package vn.dvc.kiosk.payment.receipt;

import java.io.ByteArrayInputStream;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * The payment receipt for a view: an {@link Anchor} whose link renders the PDF when it is followed. The receipt is
 * looked up at that moment, not when the view is drawn, so the file always shows what is stored; when there is no
 * paid order (any more) the link answers 404.
 *
 * <pre>{@code
 * add(PaymentReceiptDownloads.anchor(pdf, () -> receipts.forPayer(token), getTranslation("receipt.payment.pdf")));
 * }</pre>
 */
public final class PaymentReceiptDownloads {

    /** The id the anchor gets, for tests and styling. */
    public static final String ANCHOR_ID = "payment-receipt-pdf";
    public static final String CONTENT_TYPE = "application/pdf";

    private PaymentReceiptDownloads() {
    }

    /** A download of the receipt that {@code fee} finds when the link is followed. */
    public static DownloadHandler handler(PaymentReceiptPdf pdf, SerializableSupplier<Optional<PaidFee>> fee) {
        return DownloadHandler.fromInputStream(event -> fee.get().map(paid -> {
            byte[] bytes = pdf.render(paid);
            return new DownloadResponse(new ByteArrayInputStream(bytes), PaymentReceiptPdf.fileName(paid),
                    CONTENT_TYPE, bytes.length);
        }).orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND)));
    }

    /**
     * A link that downloads the receipt as a file (phones and tablets keep it; the kiosk's browser may open it to
     * print).
     *
     * @param text what the link says, e.g. {@code getTranslation("receipt.payment.pdf")}
     */
    public static Anchor anchor(PaymentReceiptPdf pdf, SerializableSupplier<Optional<PaidFee>> fee, String text) {
        Anchor anchor = new Anchor(handler(pdf, fee), AttachmentType.DOWNLOAD, text);
        anchor.setId(ANCHOR_ID);
        anchor.addClassName("payment-receipt-link");
        return anchor;
    }
}
