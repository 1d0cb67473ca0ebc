package vn.dvc.kiosk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Vietnamese first, English second: both bundles hold the same keys. */
class TranslationBundlesTest {

    @Test
    void englishTranslatesEveryVietnameseText() throws IOException {
        Properties vietnamese = load("/vaadin-i18n/translations.properties");
        Properties english = load("/vaadin-i18n/translations_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vietnamese.stringPropertyNames());
    }

    @Test
    void vietnameseTextIsNfc() throws IOException {
        Properties vietnamese = load("/vaadin-i18n/translations.properties");
        vietnamese.forEach((key, value) -> assertThat(java.text.Normalizer.isNormalized((String) value,
                java.text.Normalizer.Form.NFC)).as("%s is NFC", key).isTrue());
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
