package vn.dvc.kiosk.payment;

import java.math.BigDecimal;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * VNPay's Instant Payment Notification: checks the checksum, hands the notification to the ledger and turns the
 * outcome into VNPay's answer. When nothing could be written (database down, conflicts that did not clear up), the
 * answer is HTTP 500 with RspCode 99, so VNPay sends it again; since the failed attempt wrote nothing, the retry is
 * applied exactly once.
 */
@Component
class VnPayIpn {

    private static final Logger log = LoggerFactory.getLogger(VnPayIpn.class);

    private static final int ATTEMPTS = 3;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The JSON VNPay expects, with its HTTP status. */
    record Answer(HttpStatus status, String rspCode, String message) {

        static final Answer UNKNOWN_ERROR = new Answer(HttpStatus.INTERNAL_SERVER_ERROR, "99", "Unknown error");

        static Answer of(NotificationOutcome outcome) {
            String code = outcome.rspCode();
            String message = switch (code) {
                case "00" -> "Confirm Success";
                case "01" -> "Order not found";
                case "02" -> "Order already confirmed";
                case "04" -> "Invalid amount";
                case "97" -> "Invalid signature";
                default -> throw new IllegalArgumentException("No VNPay answer for " + outcome);
            };
            return new Answer(HttpStatus.OK, code, message);
        }

        String json() {
            return "{\"RspCode\":\"" + rspCode + "\",\"Message\":\"" + message + "\"}";
        }
    }

    private final VnPayGateway gateway;
    private final PaymentLedger ledger;

    VnPayIpn(VnPayGateway gateway, PaymentLedger ledger) {
        this.gateway = gateway;
        this.ledger = ledger;
    }

    Answer handle(Map<String, String[]> parameters) {
        GatewayNotification notification;
        try {
            notification = notification(parameters, gateway.verifies(parameters));
        } catch (RuntimeException unreadable) {
            log.error("VNPay IPN could not be read: {}", unreadable.toString());
            return Answer.UNKNOWN_ERROR;
        }
        for (int attempt = 1;; attempt++) {
            try {
                NotificationOutcome outcome = ledger.apply(notification);
                log.info("VNPay IPN for order {}: {} (RspCode {}; response {}, transaction status {}, amount {})",
                        notification.orderRef(), outcome, outcome.rspCode(), notification.responseCode(),
                        notification.transactionStatus(), notification.amountVnd());
                return Answer.of(outcome);
            } catch (ConcurrencyFailureException | DataIntegrityViolationException conflict) {
                if (attempt == ATTEMPTS) {
                    log.error("VNPay IPN for order {} still conflicts after {} attempts; answering 99 so VNPay "
                            + "retries: {}", notification.orderRef(), attempt, conflict.getMostSpecificCause().toString());
                    return Answer.UNKNOWN_ERROR;
                }
                log.warn("VNPay IPN for order {} lost a write conflict on attempt {}; trying again: {}",
                        notification.orderRef(), attempt, conflict.getMostSpecificCause().toString());
            } catch (RuntimeException failure) {
                log.error("VNPay IPN for order {} could not be applied, nothing was written; answering 99 so VNPay "
                        + "retries: {}", notification.orderRef(), failure.toString());
                return Answer.UNKNOWN_ERROR;
            }
        }
    }

    /** What VNPay says, without the payer's card or bank transaction details. */
    static GatewayNotification notification(Map<String, String[]> parameters, boolean signatureValid) {
        String responseCode = first(parameters, "vnp_ResponseCode");
        String transactionStatus = first(parameters, "vnp_TransactionStatus");
        return new GatewayNotification(PaymentMethod.VNPAY, signatureValid, first(parameters, "vnp_TxnRef"),
                first(parameters, "vnp_TransactionNo"), amountVnd(first(parameters, "vnp_Amount")), responseCode,
                transactionStatus, first(parameters, "vnp_BankCode"),
                VnPayGateway.parseTimestamp(first(parameters, "vnp_PayDate")),
                "00".equals(responseCode) && "00".equals(transactionStatus));
    }

    /** vnp_Amount is VND x 100, digits only. */
    private static BigDecimal amountVnd(String amount) {
        if (amount == null || !amount.matches("\\d{1,17}")) {
            return null;
        }
        return new BigDecimal(amount).divide(HUNDRED).setScale(2);
    }

    private static String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }
}
