package vn.dvc.kiosk.filing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.dvc.kiosk.support.BadInput;

/**
 * What a resident (or a script posing as the browser) types into a form field: every text is either refused with a
 * message both bundles translate, or accepted within {@link AnswerInput#MAX_TEXT_LENGTH} and without control
 * characters; whatever is accepted is shown back as text, never as markup.
 */
class AnswerInputFuzzTest {

    private static final List<String> KINDS = List.of("text", "address", "email", "phone", "number", "idNumber");

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void everyTypedAnswerIsRefusedWithAMessageOrAcceptedWithinBounds() {
        Properties vietnamese = bundle("translations.properties");
        Properties english = bundle("translations_en.properties");
        BadInput random = new BadInput(5);
        BadInput.Tally tally = new BadInput.Tally("Form fields (typed answers)");
        for (int i = 0; i < BadInput.cases(5_000); i++) {
            String kind = KINDS.get(i % KINDS.size());
            String typed = random.text();
            tally.attempt(typed, text -> problemWith(kind, text, vietnamese, english),
                    text -> kind + " " + BadInput.Tally.describe(text));
        }

        assertThat(tally.unexpected()).as(tally.report()).isEmpty();
    }

    @Test
    void aHundredThousandCharactersOrAControlCharacterAreRefusedWithTheirOwnMessage() {
        assertThat(input("text", "x".repeat(100_000)).problem(true)).contains("filing.problem.tooLong");
        assertThat(input("address", "Số 5\u0000phố Huế").problem(true)).contains("filing.problem.characters");
        assertThat(input("text", "Trần Minh An 😀").problem(true)).isEmpty();
    }

    private static String problemWith(String kind, String typed, Properties vietnamese, Properties english) {
        AnswerInput.TextInput input = input(kind, typed);
        Optional<String> problem = input.problem(false);
        if (problem.isPresent()) {
            String key = problem.get();
            return vietnamese.containsKey(key) && english.containsKey(key) ? null : "untranslated problem " + key;
        }
        String value = input.value();
        if (value.length() > AnswerInput.MAX_TEXT_LENGTH) {
            return "accepted " + value.length() + " characters";
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            return "accepted control characters";
        }
        String shown = new Span(value).getElement().getOuterHTML();
        if (value.contains("<") && shown.contains(value)) {
            return "shown as markup";
        }
        return null;
    }

    private static AnswerInput.TextInput input(String kind, String typed) {
        AnswerInput.TextInput input = switch (kind) {
            case "address" -> new AnswerInput.TextInput(new TextArea("Địa chỉ"), kind);
            case "email" -> new AnswerInput.TextInput(new EmailField("Thư điện tử"), kind);
            default -> new AnswerInput.TextInput(new TextField("Câu hỏi"), kind);
        };
        input.value(typed);
        return input;
    }

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = AnswerInputFuzzTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
