package vn.dvc.kiosk.payment.sandbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The payment sandbox: a pretend VNPay and a pretend bank, for the demo and the tests. Never on a real kiosk.
 *
 * @param enabled whether it runs (its pages, its querydr endpoint, its terminal when none is configured)
 * @param appUrl  where it calls this app's notification endpoints; empty: {@code http://localhost:<server port>}
 */
@ConfigurationProperties("kiosk.payment.sandbox")
record SandboxProperties(boolean enabled, String appUrl) {

    SandboxProperties {
        appUrl = appUrl == null || appUrl.isBlank() ? null : appUrl.strip().replaceAll("/+$", "");
    }
}
