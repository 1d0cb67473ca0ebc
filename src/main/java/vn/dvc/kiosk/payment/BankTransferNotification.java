package vn.dvc.kiosk.payment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A bank's notice that money arrived on the desk's fee account: what a VietQR payment looks like from our side. The
 * JSON body of {@code POST} {@value PaymentEndpoints#BANK_TRANSFER}, signed in the
 * {@value BankTransferSignature#HEADER} header. The bank knows nothing of our orders: the transfer's content carries the dossier code (the purpose the
 * kiosk's VietQR code fills in, {@link VietQrPayload#purposeFor}), and that is how the order is found.
 *
 * @param transactionId the bank's own reference of this credit, unique at the bank: one credit pays at most once
 * @param accountNumber the account credited (the desk's, {@code kiosk.payment.vietqr.account-number})
 * @param amountVnd     the amount credited, in VND
 * @param description   the transfer's content as the bank passes it on (banks may add to it or drop punctuation)
 * @param creditedAt    when the bank credited the account; may be null
 * @param bankCode      the receiving bank (BIN or short name); may be null
 */
public record BankTransferNotification(String transactionId, String accountNumber, BigDecimal amountVnd,
        String description, OffsetDateTime creditedAt, String bankCode) {
}
