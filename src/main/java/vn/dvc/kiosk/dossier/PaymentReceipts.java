package vn.dvc.kiosk.dossier;

import java.time.Clock;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.kiosk.payment.PaymentOrder;
import vn.dvc.kiosk.payment.PaymentStatus;
import vn.dvc.kiosk.payment.Payments;
import vn.dvc.kiosk.payment.receipt.PaidFee;

/**
 * The payment e-receipt of a dossier whose fee was paid online: what the dossier knows (desk, procedure, applicant,
 * tracking link) put together with its paid order. The payment module knows none of these, so the receipt is
 * assembled here, and drawn by {@link vn.dvc.kiosk.payment.receipt.PaymentReceiptPdf}.
 *
 * <p>Two readers, two versions: the visit that filed and paid sees the payer's name in full ({@link #forPayer});
 * the public tracking page, which anyone holding the link opens, gets it masked ({@link #forTrackingPage}).
 */
@Service
public class PaymentReceipts {

    private final DossierRepository dossiers;
    private final DossierProperties properties;
    private final Payments payments;
    private final Clock clock;
    private final String trackingBaseUrl;

    PaymentReceipts(DossierRepository dossiers, DossierProperties properties, Payments payments, Clock clock,
            @Value("${kiosk.tracking.base-url:http://localhost:8080}") String trackingBaseUrl) {
        this.dossiers = dossiers;
        this.properties = properties;
        this.payments = payments;
        this.clock = clock;
        this.trackingBaseUrl = trackingBaseUrl.replaceAll("/+$", "");
    }

    /**
     * The receipt with the payer's name in full, for the resident at the kiosk right after paying. Like
     * {@link Dossiers#receipt}, callers check that the viewer filed the dossier (e.g. {@code FiledDossiers}).
     *
     * @return empty unless the token is a dossier's and its fee has a paid order
     */
    @Transactional(readOnly = true)
    public Optional<PaidFee> forPayer(String trackingToken) {
        if (!TrackingTokens.looksLikeOne(trackingToken)) {
            return Optional.empty();
        }
        return dossiers.findByTrackingToken(trackingToken).flatMap(this::receipt);
    }

    /** The receipt for the public tracking page: the payer's name masked ("Nguyễn V*** A***"). */
    @Transactional(readOnly = true)
    public Optional<PaidFee> forTrackingPage(String trackingToken) {
        return forPayer(trackingToken).map(PaidFee::withPayerNameMasked);
    }

    private Optional<PaidFee> receipt(Dossier dossier) {
        Optional<PaymentOrder> paid = payments.latestFor(dossier.code())
                .filter(order -> order.status() == PaymentStatus.PAID);
        if (paid.isEmpty()) {
            return Optional.empty();
        }
        // as on the receipt slip: the desk's name only when it is the unit that received this dossier
        String unit = dossier.receivingUnitCode().equals(properties.receivingUnitCode())
                && properties.receivingUnitName() != null ? properties.receivingUnitName()
                        : "Bộ phận Một cửa, mã đơn vị " + dossier.receivingUnitCode();
        return Optional.of(PaidFee.of(paid.get(), clock.getZone(), unit, dossier.procedureName(),
                dossier.applicantFullName(), trackingBaseUrl + "/theo-doi/" + dossier.trackingToken()));
    }
}
