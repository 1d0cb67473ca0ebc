package vn.dvc.kiosk.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.FileSystemResource;

class VietQrPropertiesTest {

    @Test
    void anAccountMakesDynamicPayloads() {
        var properties = new VietQrProperties(" 970436 ", "1017595600", "UBND PHƯỜNG BA ĐÌNH");

        assertThat(properties.configured()).isTrue();
        assertThat(properties.bankBin()).isEqualTo("970436");
        assertThat(properties.dynamicPayload(180_000, "thanh toan don hang").text())
                .isEqualTo(VietQrPayloadTest.WORKED_EXAMPLE);
    }

    @Test
    void theNameIsStoredInNfc() {
        var properties = new VietQrProperties("970436", "1017595600",
                Normalizer.normalize("UBND PHƯỜNG BA ĐÌNH", Normalizer.Form.NFD));
        assertThat(properties.accountName()).isEqualTo("UBND PHƯỜNG BA ĐÌNH");
    }

    @Test
    void nothingSetMeansNoVietQr() {
        var properties = new VietQrProperties(null, "", " ");

        assertThat(properties.configured()).isFalse();
        assertThatIllegalStateException().isThrownBy(() -> properties.dynamicPayload(1000, ""))
                .withMessageContaining("kiosk.payment.vietqr");
    }

    @Test
    void aPartOrMalformedAccountNamesTheKeyThatIsWrong() {
        assertThatIllegalArgumentException().isThrownBy(() -> new VietQrProperties("97043", "1017595600", "X"))
                .withMessageContaining("kiosk.payment.vietqr.bank-bin").withMessageContaining("6 digits");
        assertThatIllegalArgumentException().isThrownBy(() -> new VietQrProperties("970436", "1017-5956", "X"))
                .withMessageContaining("kiosk.payment.vietqr.account-number");
        assertThatIllegalArgumentException().isThrownBy(() -> new VietQrProperties("970436", "", "X"))
                .withMessageContaining("kiosk.payment.vietqr.account-number");
        assertThatIllegalArgumentException().isThrownBy(() -> new VietQrProperties("970436", "1017595600", ""))
                .withMessageContaining("kiosk.payment.vietqr.account-name");
    }

    /** The demo values of application.yml and the example kiosk profile bind and pass the checks (no Spring context). */
    @ParameterizedTest
    @ValueSource(strings = {"src/main/resources/application.yml", "kiosk-config/kiosk.example.yml"})
    void theShippedConfigurationBinds(String file) throws IOException {
        var sources = new YamlPropertySourceLoader().load(file, new FileSystemResource(file));
        var properties = new Binder(ConfigurationPropertySources.from(sources))
                .bind("kiosk.payment.vietqr", VietQrProperties.class).get();

        assertThat(properties.configured()).isTrue();
        assertThat(properties.bankBin()).isEqualTo("970436");
        assertThat(properties.accountName()).isNotBlank();
        assertThat(properties.dynamicPayload(50_000, "000.17.22.H56-261122-0001").text()).startsWith("000201010212");
    }
}
