package vn.dvc.kiosk.payment;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The VNPay adapter (protocol v2.1.0): the signed payment URL and the checksum of what VNPay sends back. */
@Component
class VnPayGateway implements PaymentGateway {

    private static final Logger log = LoggerFactory.getLogger(VnPayGateway.class);

    static final String VERSION = "2.1.0";
    /** VNPay's timestamps are civil time in Vietnam, GMT+7 (no daylight saving). */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.ofHours(7));
    private static final int ORDER_INFO_MAX = 255;

    private final VnPayProperties properties;

    VnPayGateway(VnPayProperties properties) {
        this.properties = properties;
        if (!properties.configured()) {
            log.info("VNPay is not configured (kiosk.payment.vnpay.tmn-code, hash-secret, return-url): not offered");
        }
    }

    @Override
    public PaymentMethod method() {
        return PaymentMethod.VNPAY;
    }

    @Override
    public boolean isAvailable() {
        return properties.configured();
    }

    /** How long a VNPay order can be paid, when configured apart from other orders. */
    Optional<Duration> expireAfter() {
        return Optional.ofNullable(properties.expireAfter());
    }

    @Override
    public URI checkoutUrl(PaymentOrder order, String clientIp, Locale locale) {
        if (!isAvailable()) {
            throw new IllegalStateException("VNPay is not configured");
        }
        if (order.method() != PaymentMethod.VNPAY || order.status() != PaymentStatus.PENDING) {
            throw new IllegalArgumentException("Only a pending VNPay order can be paid at VNPay: " + order.orderRef()
                    + " is " + order.method() + " " + order.status());
        }
        Map<String, String> parameters = paymentParameters(order, clientIp, locale);
        String query = VnPaySignature.hashData(parameters) + "&" + VnPaySignature.SECURE_HASH + "="
                + VnPaySignature.sign(properties.hashSecret(), parameters);
        return URI.create(properties.payUrl() + (properties.payUrl().contains("?") ? "&" : "?") + query);
    }

    Map<String, String> paymentParameters(PaymentOrder order, String clientIp, Locale locale) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("vnp_Version", VERSION);
        parameters.put("vnp_Command", "pay");
        parameters.put("vnp_TmnCode", properties.tmnCode());
        parameters.put("vnp_Amount", Long.toString(Math.multiplyExact(order.amountVnd(), 100L)));
        parameters.put("vnp_CurrCode", "VND");
        parameters.put("vnp_TxnRef", order.orderRef());
        parameters.put("vnp_OrderInfo", orderInfo(order.dossierCode()));
        parameters.put("vnp_OrderType", properties.orderType());
        parameters.put("vnp_Locale", locale != null && "en".equals(locale.getLanguage()) ? "en" : "vn");
        parameters.put("vnp_ReturnUrl", properties.returnUrl());
        parameters.put("vnp_IpAddr", ipAddress(clientIp));
        parameters.put("vnp_CreateDate", TIMESTAMP.format(order.createdAt()));
        parameters.put("vnp_ExpireDate", TIMESTAMP.format(order.expiresAt()));
        return parameters;
    }

    /** Whether the parameters of a request claiming to come from VNPay carry a valid checksum. */
    boolean verifies(Map<String, String[]> parameters) {
        return isAvailable() && VnPaySignature.verify(properties.hashSecret(), parameters);
    }

    /**
     * TODO querydr: ask VNPay's merchant API ({@code vnp_Command=querydr} at {@code kiosk.payment.vnpay.api-url},
     * its own checksum over the pipe-joined fields) for orders still pending near their expiry. Until then the
     * ledger relies on IPNs, which VNPay retries.
     */
    @Override
    public Optional<GatewayTransaction> lookUp(PaymentOrder order) {
        return Optional.empty();
    }

    /** Plain ASCII, as VNPay asks ("Tiếng Việt không dấu"), naming the dossier. */
    static String orderInfo(String dossierCode) {
        String text = "Thanh toan le phi ho so " + dossierCode;
        StringBuilder ascii = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= 0x20 && c < 0x7f && c != '#' && c != '&' && c != '%' && c != '?') {
                ascii.append(c);
            }
        }
        return ascii.length() > ORDER_INFO_MAX ? ascii.substring(0, ORDER_INFO_MAX) : ascii.toString();
    }

    private static String ipAddress(String clientIp) {
        if (clientIp == null || clientIp.isBlank() || !clientIp.strip().matches("[0-9A-Fa-f.:]{2,45}")) {
            return "127.0.0.1";
        }
        return clientIp.strip();
    }

    /** VNPay's timestamp as an instant, or null when it is not one. */
    static Instant parseTimestamp(String text) {
        if (text == null || !text.matches("\\d{14}")) {
            return null;
        }
        try {
            return Instant.from(TIMESTAMP.parse(text));
        } catch (RuntimeException notADate) {
            return null;
        }
    }
}
