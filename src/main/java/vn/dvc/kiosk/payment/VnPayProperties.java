package vn.dvc.kiosk.payment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The merchant's VNPay terminal. VNPay is offered only when the terminal code, the hash secret and the return URL
 * are all set; otherwise the app runs without it.
 *
 * @param tmnCode     the terminal code VNPay assigned ({@code vnp_TmnCode})
 * @param hashSecret  the shared secret for HMAC-SHA512 checksums; from the environment, never from the repository
 * @param payUrl      VNPay's payment page (sandbox by default)
 * @param returnUrl   where VNPay sends the resident's browser back (display only: never marks anything paid)
 * @param expireAfter how long a VNPay order can be paid ({@code vnp_ExpireDate}); empty: kiosk.payment.expire-after
 * @param orderType   VNPay's goods category code ({@code vnp_OrderType})
 * @param apiUrl      VNPay's merchant API, for the {@code querydr} reconciliation; a path (starting with /) is this
 *                    server itself (the payment sandbox's), as pay-url and return-url may be paths for the browser
 */
@ConfigurationProperties("kiosk.payment.vnpay")
public record VnPayProperties(String tmnCode, String hashSecret,
        @DefaultValue("https://sandbox.vnpayment.vn/paymentv2/vpcpay.html") String payUrl, String returnUrl,
        Duration expireAfter, @DefaultValue("other") String orderType,
        @DefaultValue("https://sandbox.vnpayment.vn/merchant_webapi/api/transaction") String apiUrl) {

    public VnPayProperties {
        tmnCode = blankToNull(tmnCode);
        hashSecret = blankToNull(hashSecret);
        payUrl = blankToNull(payUrl);
        returnUrl = blankToNull(returnUrl);
        orderType = orderType == null || orderType.isBlank() ? "other" : orderType.strip();
        if (expireAfter != null && expireAfter.toSeconds() < 60) {
            throw new IllegalArgumentException("kiosk.payment.vnpay.expire-after must be at least one minute");
        }
    }

    /** Everything needed to send a resident to VNPay and to check what VNPay sends back. */
    public boolean configured() {
        return tmnCode != null && hashSecret != null && payUrl != null && returnUrl != null;
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "VnPayProperties[tmnCode=" + tmnCode + ", hashSecret=" + (hashSecret == null ? "(none)" : "(set)")
                + ", payUrl=" + payUrl + ", returnUrl=" + returnUrl + ", expireAfter=" + expireAfter
                + ", orderType=" + orderType + ", apiUrl=" + apiUrl + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
