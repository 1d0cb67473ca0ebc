package vn.dvc.kiosk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every card problem can be told to the resident, in Vietnamese and in English. */
class CardProblemMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/vaadin-i18n/translations.properties", "/vaadin-i18n/translations_en.properties"})
    void everyProblemHasAMessage(String bundle) throws IOException {
        Properties messages = load(bundle);

        for (CardProblem problem : CardProblem.values()) {
            assertThat(messages.getProperty("identity.problem." + problem.name())).as(problem.name()).isNotBlank();
        }
    }

    @ParameterizedTest
    @EnumSource(CardProblem.class)
    void vietnameseMessagesAddressTheResidentAsBan(CardProblem problem) throws IOException {
        String message = load("/vaadin-i18n/translations.properties").getProperty("identity.problem." + problem.name());

        assertThat(message).contains("Bạn").doesNotContain("Bác", "bác");
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CardProblemMessagesTest.class.getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
