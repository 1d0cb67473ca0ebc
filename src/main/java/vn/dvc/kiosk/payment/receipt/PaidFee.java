package vn.dvc.kiosk.payment.receipt;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.StringJoiner;

import vn.dvc.kiosk.payment.PaymentMethod;
import vn.dvc.kiosk.payment.PaymentOrder;
import vn.dvc.kiosk.payment.PaymentStatus;
import vn.dvc.kiosk.shared.text.VietnameseText;

/**
 * Exactly what the payment e-receipt prints. Text is NFC.
 *
 * @param receivingUnit         the one-stop desk the fee was paid to (its name, or its code when the name is unknown)
 * @param payerName             the applicant's full name, or {@link #masked(String) masked} where the reader may not
 *                              be them
 * @param providerTransactionNo the gateway's (or bank's) number of the transaction that paid
 * @param orderRef              our payment order's reference ({@code vnp_TxnRef})
 * @param paidAt                when the payment was confirmed, in the desk's time zone
 * @param trackingUrl           the dossier's public tracking page, which the receipt's QR code opens
 */
public record PaidFee(String receivingUnit, String dossierCode, String procedureName, String payerName,
        long amountVnd, PaymentMethod method, String providerTransactionNo, String orderRef, ZonedDateTime paidAt,
        String trackingUrl) {

    private static final String HIDDEN = "***";

    public PaidFee {
        receivingUnit = text(receivingUnit, "receivingUnit");
        dossierCode = text(dossierCode, "dossierCode");
        procedureName = text(procedureName, "procedureName");
        payerName = text(payerName, "payerName");
        if (amountVnd <= 0) {
            throw new IllegalArgumentException("A paid fee is more than 0 VND, not " + amountVnd);
        }
        Objects.requireNonNull(method, "method");
        providerTransactionNo = text(providerTransactionNo, "providerTransactionNo");
        orderRef = text(orderRef, "orderRef");
        Objects.requireNonNull(paidAt, "paidAt");
        trackingUrl = text(trackingUrl, "trackingUrl");
    }

    /**
     * The receipt of a paid order.
     *
     * @throws IllegalArgumentException when the order is not paid
     */
    public static PaidFee of(PaymentOrder order, ZoneId deskZone, String receivingUnit, String procedureName,
            String payerName, String trackingUrl) {
        if (order.status() != PaymentStatus.PAID || order.paidAt() == null) {
            throw new IllegalArgumentException("Order " + order.orderRef() + " is " + order.status() + ", not paid");
        }
        return new PaidFee(receivingUnit, order.dossierCode(), procedureName, payerName, order.amountVnd(),
                order.method(), order.providerTransactionNo(), order.orderRef(), order.paidAt().atZone(deskZone),
                trackingUrl);
    }

    /** The same receipt with the payer's name {@link #masked(String) masked}. */
    public PaidFee withPayerNameMasked() {
        return new PaidFee(receivingUnit, dossierCode, procedureName, masked(payerName), amountVnd, method,
                providerTransactionNo, orderRef, paidAt, trackingUrl);
    }

    /**
     * A name for a reader who may not be its owner: the family name (the first word) in full, every other word as
     * its first letter and three stars, whatever its length: "Nguyễn Văn An" is "Nguyễn V*** A***". The payer
     * recognises it; nobody else learns the given name or its length.
     */
    public static String masked(String fullName) {
        String[] words = VietnameseText.nfc(fullName).strip().split("\\s+");
        StringJoiner masked = new StringJoiner(" ");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            masked.add(i == 0 && words.length > 1 ? word
                    : word.substring(0, word.offsetByCodePoints(0, 1)) + HIDDEN);
        }
        return masked.toString();
    }

    private static String text(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required on a payment receipt");
        }
        return VietnameseText.nfc(value.strip());
    }
}
