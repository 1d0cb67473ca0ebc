package vn.dvc.kiosk.payment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A gateway's account of one order, as its query API reports it.
 *
 * @param amountVnd  as the gateway reports it (VNPay reports VND x 100; here divided back)
 * @param succeeded  whether the gateway says the money was taken; false: the transaction failed for good (only
 *                   final answers are reported, never "not finished yet")
 * @param bankCode   the payer's bank as the gateway names it, may be null
 */
public record GatewayTransaction(String orderRef, String providerTransactionNo, BigDecimal amountVnd,
        boolean succeeded, String responseCode, String transactionStatus, Instant paidAt, String bankCode) {
}
