package vn.dvc.kiosk.payment.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.mock.env.MockEnvironment;
import vn.dvc.kiosk.payment.VnPayProperties;

/** The sandbox's own terminal, given only when it is on and no terminal is configured. */
class PaymentSandboxEnvironmentTest {

    private final PaymentSandboxEnvironment processor = new PaymentSandboxEnvironment(new DeferredLogs());

    @Test
    void withNoTerminalTheSandboxSuppliesItsOwnWithASecretMadeUpForThisRun() {
        MockEnvironment first = environment(true);
        MockEnvironment second = environment(true);

        processor.postProcessEnvironment(first, new SpringApplication());
        processor.postProcessEnvironment(second, new SpringApplication());

        VnPayProperties terminal = bind(first);
        assertThat(terminal.configured()).isTrue();
        assertThat(terminal.tmnCode()).isEqualTo("DVCSBX01");
        assertThat(terminal.hashSecret()).matches("[0-9A-F]{64}").isNotEqualTo(bind(second).hashSecret());
        assertThat(terminal.payUrl()).isEqualTo("/sandbox/vnpay");
        assertThat(terminal.apiUrl()).isEqualTo("/api/sandbox/vnpay/transaction");
        assertThat(terminal.returnUrl()).isEqualTo("/thanh-toan/vnpay");
        assertThat(first.getProperty("kiosk.payment.bank-transfer.secret")).matches("[0-9A-F]{64}");
    }

    @Test
    void aConfiguredReturnUrlIsKept() {
        MockEnvironment environment = environment(true).withProperty("kiosk.payment.vnpay.return-url",
                "https://kiosk.example/thanh-toan/vnpay");

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(bind(environment).returnUrl()).isEqualTo("https://kiosk.example/thanh-toan/vnpay");
    }

    @Test
    void offTheSandboxSuppliesNothing() {
        MockEnvironment environment = environment(false);

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(bind(environment).configured()).isFalse();
        assertThat(environment.getPropertySources().contains(PaymentSandboxEnvironment.SOURCE_NAME)).isFalse();
        assertThat(environment.getProperty("kiosk.payment.bank-transfer.secret")).isEmpty();
    }

    @Test
    void aConfiguredTestTerminalIsLeftAlone() {
        MockEnvironment environment = environment(true).withProperty("kiosk.payment.vnpay.tmn-code", "KIOSKT01")
                .withProperty("kiosk.payment.vnpay.hash-secret", "TEST-SECRET")
                .withProperty("kiosk.payment.vnpay.pay-url", "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html");

        processor.postProcessEnvironment(environment, new SpringApplication());

        VnPayProperties terminal = bind(environment);
        assertThat(terminal.tmnCode()).isEqualTo("KIOSKT01");
        assertThat(terminal.hashSecret()).isEqualTo("TEST-SECRET");
    }

    @Test
    void itRefusesToRunBesideAProductionTerminal() {
        MockEnvironment environment = environment(true).withProperty("kiosk.payment.vnpay.tmn-code", "PROD0001")
                .withProperty("kiosk.payment.vnpay.hash-secret", "REAL-SECRET")
                .withProperty("kiosk.payment.vnpay.pay-url", "https://pay.vnpay.vn/vpcpay.html");

        assertThatThrownBy(() -> processor.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("kiosk.payment.sandbox.enabled=false");
    }

    private static MockEnvironment environment(boolean enabled) {
        // as application.yml has them when nothing is set: empty values
        return new MockEnvironment().withProperty("kiosk.payment.sandbox.enabled", Boolean.toString(enabled))
                .withProperty("kiosk.payment.vnpay.tmn-code", "").withProperty("kiosk.payment.vnpay.hash-secret", "")
                .withProperty("kiosk.payment.vnpay.return-url", "")
                .withProperty("kiosk.payment.vnpay.pay-url", "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html")
                .withProperty("kiosk.payment.bank-transfer.secret", "");
    }

    private static VnPayProperties bind(MockEnvironment environment) {
        return Binder.get(environment).bindOrCreate("kiosk.payment.vnpay", VnPayProperties.class);
    }
}
