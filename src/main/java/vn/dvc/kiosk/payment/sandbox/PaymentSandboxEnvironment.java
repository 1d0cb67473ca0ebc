package vn.dvc.kiosk.payment.sandbox;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives the payment sandbox a terminal to play, before any bean is made: when {@code kiosk.payment.sandbox.enabled}
 * is true and no VNPay terminal is configured (terminal code and hash secret both empty), the sandbox's own terminal
 * is put in front of the configuration, so {@link vn.dvc.kiosk.payment.VnPayProperties} binds it like any other:
 * <ul>
 * <li>{@code tmn-code} {@value #TMN_CODE}; {@code hash-secret} 32 random bytes in hex, new at every start and never
 *     written anywhere;</li>
 * <li>{@code pay-url} {@value #PAY_PATH}, the sandbox's own gateway page, and {@code api-url} {@value #API_PATH}, its
 *     querydr endpoint: paths, which the browser resolves against the page it is on and the app against itself, so
 *     the demo works from any address the server is reached by;</li>
 * <li>{@code return-url} {@value #RETURN_PATH} when none is set (the resident's return page).</li>
 * </ul>
 * Likewise a random {@code kiosk.payment.bank-transfer.secret} when none is set, for the sandbox's VietQR credits.
 *
 * <p>Why here and not a {@code @Primary} properties bean: one source of truth. Every reader (the gateway, the IPN
 * check, the return page, {@code /actuator/configprops}) sees the same terminal through the same binding, nothing
 * has to know that a sandbox exists, and a configured terminal is never shadowed.
 *
 * <p>A sandbox signs notifications with the terminal's secret, so it refuses to start beside a production terminal:
 * with a configured terminal whose payment page is neither VNPay's sandbox ({@value #VNPAY_SANDBOX_HOST}) nor this
 * server, the start-up fails and says to turn the sandbox off.
 */
public class PaymentSandboxEnvironment implements EnvironmentPostProcessor, Ordered {

    public static final String ENABLED = "kiosk.payment.sandbox.enabled";
    static final String TMN_CODE = "DVCSBX01";
    static final String PAY_PATH = "/sandbox/vnpay";
    static final String API_PATH = "/api/sandbox/vnpay/transaction";
    static final String RETURN_PATH = "/thanh-toan/vnpay";
    static final String VNPAY_SANDBOX_HOST = "sandbox.vnpayment.vn";
    static final String SOURCE_NAME = "paymentSandbox";

    private static final String VNPAY = "kiosk.payment.vnpay.";
    private static final String BANK_SECRET = "kiosk.payment.bank-transfer.secret";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Log log;

    public PaymentSandboxEnvironment(DeferredLogFactory logs) {
        this.log = logs.getLog(PaymentSandboxEnvironment.class);
    }

    /** After the configuration files and the environment variables are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty(ENABLED, Boolean.class, false)) {
            return;
        }
        Map<String, Object> supplied = new LinkedHashMap<>();
        if (blank(environment.getProperty(VNPAY + "tmn-code"))
                && blank(environment.getProperty(VNPAY + "hash-secret"))) {
            supplied.put(VNPAY + "tmn-code", TMN_CODE);
            supplied.put(VNPAY + "hash-secret", randomSecret());
            supplied.put(VNPAY + "pay-url", PAY_PATH);
            supplied.put(VNPAY + "api-url", API_PATH);
            if (blank(environment.getProperty(VNPAY + "return-url"))) {
                supplied.put(VNPAY + "return-url", RETURN_PATH);
            }
            log.info("Payment sandbox: no VNPay terminal is configured; using the sandbox's own terminal "
                    + TMN_CODE + " (secret made up for this run, payment page " + PAY_PATH + ")");
        } else {
            String payUrl = environment.getProperty(VNPAY + "pay-url");
            if (!isTestGateway(payUrl)) {
                throw new IllegalStateException("The payment sandbox (" + ENABLED + "=true) signs payment "
                        + "notifications with the VNPay terminal's secret, and a production VNPay terminal is "
                        + "configured (kiosk.payment.vnpay.pay-url=" + payUrl + "). Set " + ENABLED
                        + "=false on this installation: the sandbox is never on where real money moves.");
            }
        }
        if (blank(environment.getProperty(BANK_SECRET))) {
            supplied.put(BANK_SECRET, randomSecret());
        }
        if (!supplied.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, supplied));
        }
    }

    /** VNPay's sandbox, or a page of this server (a path, or localhost). */
    static boolean isTestGateway(String payUrl) {
        if (payUrl == null || payUrl.isBlank() || payUrl.strip().startsWith("/")) {
            return true;
        }
        try {
            String host = URI.create(payUrl.strip()).getHost();
            if (host == null) {
                return false;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.equals(VNPAY_SANDBOX_HOST) || host.equals("localhost") || host.equals("127.0.0.1")
                    || host.equals("[::1]");
        } catch (IllegalArgumentException notAUrl) {
            return false;
        }
    }

    private static String randomSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return HexFormat.of().withUpperCase().formatHex(secret);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
