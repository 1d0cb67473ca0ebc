package vn.dvc.kiosk.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Confirms VietQR payments from the bank's credit notices ({@link BankTransferNotification}): checks the signature,
 * finds the order by the dossier code in the transfer's content, and applies it through the ledger with the same
 * rules as a VNPay IPN (signature, order, amount, state; each credit counted once; money that arrives late or twice
 * counts and is flagged), answering in the same shape ({@link NotificationAnswer}).
 *
 * <p>How a credit finds its order: the kiosk's VietQR code puts the dossier code in the transfer's purpose
 * ({@link VietQrPayload#purposeFor}); banks pass the content on, sometimes with words added before or after and
 * punctuation dropped. So both sides are reduced to upper-case letters and digits ({@link #keyOf},
 * {@link #contentKey}), and the VietQR order of the last {@value #MATCH_DAYS} days whose key the content contains
 * is the one paid (the longest key when several match, none when two dossiers match equally). Among a dossier's
 * orders: the pending one, else the paid one (money received twice: flagged for a refund), else the newest closed
 * one (late money).
 */
@Component
class BankTransfers {

    private static final Logger log = LoggerFactory.getLogger(BankTransfers.class);

    /** How far back a credit may still find its order: late transfers, statements checked monthly. */
    static final int MATCH_DAYS = 35;

    private final PaymentLedger ledger;
    private final BankTransferProperties properties;
    private final VietQrProperties account;
    private final JsonMapper json;
    private final UnsignedNotifications unsigned;

    BankTransfers(PaymentLedger ledger, BankTransferProperties properties, VietQrProperties account, JsonMapper json,
            UnsignedNotifications unsigned) {
        this.ledger = ledger;
        this.properties = properties;
        this.account = account;
        this.json = json;
        this.unsigned = unsigned;
    }

    /** @param client the sender's address, which only unsigned notices are counted by */
    NotificationAnswer handle(byte[] body, String signature, String client) {
        boolean signed = properties.configured() && BankTransferSignature.verify(properties.secret(), body, signature);
        BankTransferNotification notice;
        try {
            notice = json.readValue(body, BankTransferNotification.class);
        } catch (RuntimeException unreadable) {
            notice = null;
        }
        if (!signed && !unsigned.mayRecord(client)) {
            log.debug("Unsigned bank transfer notice over its sender's allowance: answered 97, not recorded");
            return NotificationAnswer.of(NotificationOutcome.BAD_SIGNATURE);
        }
        if (!signed) {
            GatewayNotification forged = notification(notice, false);
            return NotificationAnswer.applying(log, "Bank transfer notice", "an unsigned notice",
                    () -> ledger.applyTransfer(forged, null));
        }
        if (notice == null || notice.transactionId() == null || notice.transactionId().isBlank()) {
            // signed with our secret but not a notice we can read: the sender's bug, not a forgery
            log.error("A signed bank transfer notice could not be read or has no transaction id");
            return NotificationAnswer.UNKNOWN_ERROR;
        }
        GatewayNotification notification = notification(notice, signed);
        String subject = "transaction " + notification.providerTransactionNo();
        boolean ours = toOurAccount(notice);
        String content = notice.description();
        return NotificationAnswer.applying(log, "Bank transfer notice", subject, () -> {
            // found first, in a read-only transaction of its own; then applied under the dossier's row locks
            String dossierCode = ours ? matchingDossier(content) : null;
            NotificationOutcome outcome = ledger.applyTransfer(notification, dossierCode);
            log.info("Bank transfer notice {}: {} (RspCode {}; amount {})", notification.providerTransactionNo(),
                    outcome, outcome.rspCode(), notification.amountVnd());
            return outcome;
        });
    }

    private boolean toOurAccount(BankTransferNotification notice) {
        if (!account.configured() || account.accountNumber().equalsIgnoreCase(strip(notice.accountNumber()))) {
            return true;
        }
        log.warn("Bank transfer notice {} is for another account than the desk's: not matched",
                GatewayNotification.printable(notice.transactionId(), 64));
        return false;
    }

    private String matchingDossier(String description) {
        String content = contentKey(description);
        if (content.isEmpty()) {
            return null;
        }
        Optional<String> dossier = ledger.matchTransfer(content, MATCH_DAYS);
        return dossier.orElse(null);
    }

    private static GatewayNotification notification(BankTransferNotification notice, boolean signed) {
        if (notice == null) {
            return new GatewayNotification(NotificationSource.TRANSFER, PaymentMethod.VIETQR, false, null, null, null,
                    null, null, null, null, false);
        }
        return new GatewayNotification(NotificationSource.TRANSFER, PaymentMethod.VIETQR, signed, null,
                notice.transactionId(), amount(notice.amountVnd()), null, null, notice.bankCode(),
                notice.creditedAt() == null ? null : notice.creditedAt().toInstant(), true);
    }

    /** In VND with at most 2 decimals (the column's), else null: not an amount we can compare. */
    private static BigDecimal amount(BigDecimal amountVnd) {
        if (amountVnd == null || amountVnd.signum() < 0 || amountVnd.stripTrailingZeros().scale() > 2
                || amountVnd.precision() - amountVnd.scale() > 15) {
            return null;
        }
        return amountVnd.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A VietQR order's key: its transfer purpose in upper-case letters and digits; null when it has none. */
    static String keyOf(String dossierCode) {
        try {
            String key = lettersAndDigits(VietQrPayload.purposeFor(dossierCode, null));
            return key.isEmpty() ? null : key;
        } catch (IllegalArgumentException noPurpose) {
            return null;
        }
    }

    /** A transfer's content the same way: Vietnamese folded to ASCII, upper case, letters and digits only. */
    static String contentKey(String description) {
        return lettersAndDigits(VietQrPayload.foldPurpose(description));
    }

    private static String lettersAndDigits(String text) {
        StringBuilder key = new StringBuilder(text.length());
        text.toUpperCase(Locale.ROOT).chars().filter(c -> c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
                .forEach(c -> key.append((char) c));
        return key.toString();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
