package vn.dvc.kiosk.payment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A gateway's account of one order, as its query API reports it.
 *
 * @param amountVnd  as the gateway reports it (VNPay reports VND x 100; here divided back)
 * @param succeeded  whether the gateway says the money was taken
 */
public record GatewayTransaction(String orderRef, String providerTransactionNo, BigDecimal amountVnd,
        boolean succeeded, String responseCode, String transactionStatus, Instant paidAt) {
}
