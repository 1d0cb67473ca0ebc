package vn.dvc.kiosk.payment;

import java.math.BigDecimal;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * VNPay's Instant Payment Notification: checks the checksum, hands the notification to the ledger and turns the
 * outcome into VNPay's answer ({@link NotificationAnswer}: HTTP 500 with RspCode 99 when nothing could be written,
 * so VNPay sends it again).
 */
@Component
class VnPayIpn {

    private static final Logger log = LoggerFactory.getLogger(VnPayIpn.class);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final VnPayGateway gateway;
    private final PaymentLedger ledger;
    private final UnsignedNotifications unsigned;

    VnPayIpn(VnPayGateway gateway, PaymentLedger ledger, UnsignedNotifications unsigned) {
        this.gateway = gateway;
        this.ledger = ledger;
        this.unsigned = unsigned;
    }

    /** @param client the sender's address, which only unsigned notifications are counted by */
    NotificationAnswer handle(Map<String, String[]> parameters, String client) {
        GatewayNotification notification;
        try {
            notification = notification(parameters, gateway.verifies(parameters));
        } catch (RuntimeException unreadable) {
            log.error("VNPay IPN could not be read: {}", unreadable.toString());
            return NotificationAnswer.UNKNOWN_ERROR;
        }
        if (!notification.signatureValid() && !unsigned.mayRecord(client)) {
            log.debug("Unsigned VNPay IPN over its sender's allowance: answered 97, not recorded");
            return NotificationAnswer.of(NotificationOutcome.BAD_SIGNATURE);
        }
        return NotificationAnswer.applying(log, "VNPay IPN", "order " + notification.orderRef(), () -> {
            NotificationOutcome outcome = ledger.apply(notification);
            log.info("VNPay IPN for order {}: {} (RspCode {}; response {}, transaction status {}, amount {})",
                    notification.orderRef(), outcome, outcome.rspCode(), notification.responseCode(),
                    notification.transactionStatus(), notification.amountVnd());
            return outcome;
        });
    }

    /** What VNPay says, without the payer's card or bank transaction details. */
    static GatewayNotification notification(Map<String, String[]> parameters, boolean signatureValid) {
        String responseCode = first(parameters, "vnp_ResponseCode");
        String transactionStatus = first(parameters, "vnp_TransactionStatus");
        return new GatewayNotification(NotificationSource.IPN, PaymentMethod.VNPAY, signatureValid,
                first(parameters, "vnp_TxnRef"), first(parameters, "vnp_TransactionNo"),
                amountVnd(first(parameters, "vnp_Amount")), responseCode,
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
