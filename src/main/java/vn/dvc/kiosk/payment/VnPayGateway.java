package vn.dvc.kiosk.payment;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The VNPay adapter (protocol v2.1.0): the signed payment URL, the checksum of what VNPay sends back, and the
 * transaction query ({@code querydr}) for reconciliation.
 */
@Component
class VnPayGateway implements PaymentGateway {

    private static final Logger log = LoggerFactory.getLogger(VnPayGateway.class);

    static final String VERSION = "2.1.0";
    /** VNPay's timestamps are civil time in Vietnam, GMT+7 (no daylight saving). */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.ofHours(7));
    private static final int ORDER_INFO_MAX = 255;

    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(20);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final VnPayProperties properties;
    private final JsonMapper json;
    private final Environment environment;
    private final Clock clock;
    private final HttpClient http;

    /** Without the merchant API (no {@link #lookUp}): for tests of the payment URL. */
    VnPayGateway(VnPayProperties properties) {
        this(properties, JsonMapper.shared(), null, Clock.systemUTC());
    }

    @Autowired
    VnPayGateway(VnPayProperties properties, JsonMapper json, Environment environment, Clock clock) {
        this.properties = properties;
        this.json = json;
        this.environment = environment;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
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
     * Asks VNPay's merchant API what became of this order ({@code querydr}, see {@link VnPayQueryDr}). Empty when
     * VNPay cannot tell yet or at all: the transaction is not known (91) or not finished (status 01), the call failed,
     * or the answer is not signed with our secret (nothing unsigned is believed).
     */
    @Override
    public Optional<GatewayTransaction> lookUp(PaymentOrder order) {
        if (!isAvailable() || order.method() != PaymentMethod.VNPAY || properties.apiUrl() == null) {
            return Optional.empty();
        }
        Map<String, String> request = queryRequest(order, requestId(), clock.instant(), "127.0.0.1");
        request.put(VnPaySignature.SECURE_HASH,
                VnPayQueryDr.sign(properties.hashSecret(), VnPayQueryDr.REQUEST_FIELDS, request));
        Map<String, String> answer;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(apiUri()).timeout(QUERY_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                log.warn("VNPay querydr for order {} answered HTTP {}", order.orderRef(), response.statusCode());
                return Optional.empty();
            }
            answer = queryAnswer(response.body());
        } catch (IOException | RuntimeException failed) {
            log.warn("VNPay querydr for order {} failed: {}", order.orderRef(), failed.toString());
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        return transaction(order, answer);
    }

    /** The query's fields in VNPay's order, without the checksum. */
    Map<String, String> queryRequest(PaymentOrder order, String requestId, Instant now, String serverIp) {
        Map<String, String> request = new LinkedHashMap<>();
        request.put("vnp_RequestId", requestId);
        request.put("vnp_Version", VERSION);
        request.put("vnp_Command", VnPayQueryDr.COMMAND);
        request.put("vnp_TmnCode", properties.tmnCode());
        request.put("vnp_TxnRef", order.orderRef());
        request.put("vnp_OrderInfo", "Truy van giao dich " + order.orderRef());
        // the payment's own vnp_CreateDate, which the payment URL sent
        request.put("vnp_TransactionDate", TIMESTAMP.format(order.createdAt()));
        request.put("vnp_CreateDate", TIMESTAMP.format(now));
        request.put("vnp_IpAddr", serverIp);
        return request;
    }

    private Optional<GatewayTransaction> transaction(PaymentOrder order, Map<String, String> answer) {
        if (!VnPayQueryDr.verify(properties.hashSecret(), VnPayQueryDr.RESPONSE_FIELDS, answer)) {
            log.warn("VNPay querydr answer for order {} is not signed with our secret (response code {}): ignored",
                    order.orderRef(), GatewayNotification.printable(answer.get("vnp_ResponseCode"), 8));
            return Optional.empty();
        }
        String responseCode = answer.get("vnp_ResponseCode");
        String status = answer.get("vnp_TransactionStatus");
        if (!"00".equals(responseCode) || !order.orderRef().equals(answer.get("vnp_TxnRef"))) {
            log.info("VNPay querydr for order {}: response code {}, nothing to apply", order.orderRef(),
                    GatewayNotification.printable(responseCode, 8));
            return Optional.empty();
        }
        if (status == null || "01".equals(status)) {
            return Optional.empty();
        }
        String amount = answer.get("vnp_Amount");
        BigDecimal amountVnd = amount != null && amount.matches("\\d{1,17}")
                ? new BigDecimal(amount).divide(HUNDRED).setScale(2) : null;
        return Optional.of(new GatewayTransaction(order.orderRef(), answer.get("vnp_TransactionNo"), amountVnd,
                "00".equals(status), responseCode, status, parseTimestamp(answer.get("vnp_PayDate")),
                answer.get("vnp_BankCode")));
    }

    /** Every field of the answer as text (VNPay sends some as numbers). */
    private Map<String, String> queryAnswer(String body) {
        JsonNode root = json.readTree(body);
        Map<String, String> answer = new LinkedHashMap<>();
        for (String field : VnPayQueryDr.RESPONSE_FIELDS) {
            JsonNode value = root.get(field);
            if (value != null && !value.isNull()) {
                answer.put(field, value.asString());
            }
        }
        JsonNode hash = root.get(VnPaySignature.SECURE_HASH);
        if (hash != null && !hash.isNull()) {
            answer.put(VnPaySignature.SECURE_HASH, hash.asString());
        }
        return answer;
    }

    /** The API URL; a path (starting with /) is this server itself, where the payment sandbox answers. */
    private URI apiUri() {
        String url = properties.apiUrl();
        if (url.startsWith("/")) {
            String port = environment == null ? null : environment.getProperty("local.server.port");
            if (port == null) {
                throw new IllegalStateException("The server's port is not known yet");
            }
            return URI.create("http://localhost:" + port + url);
        }
        return URI.create(url);
    }

    /** Unique per query, as VNPay asks (Alphanumeric[1,32]). */
    private static String requestId() {
        return OrderRefs.next() + OrderRefs.next();
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
