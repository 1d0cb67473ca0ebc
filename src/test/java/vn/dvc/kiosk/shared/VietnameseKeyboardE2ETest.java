package vn.dvc.kiosk.shared;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvc.kiosk.support.KioskBrowser;
import vn.dvc.kiosk.support.KioskBrowser.Screen;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * Vietnamese typed by touch on the on-screen keyboard of the search page: marked letters, tone keys on the right vowel
 * (the modern rule: "hoà", "thuỷ"), another tone replacing the first, Shift, Telex, and the text always in NFC. This
 * is also the test of the typing rules in {@code frontend/components/vietnamese-typing.ts}, which the project has no
 * JavaScript test runner for.
 */
@KioskIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VietnameseKeyboardE2ETest {

    /** Keys written as one character each: a capital is Shift then the letter. */
    private static final Map<Character, String> NAMED_KEYS = Map.of(
            ' ', "Dấu cách",
            '´', "dấu sắc",
            '`', "dấu huyền",
            '?', "dấu hỏi",
            '~', "dấu ngã",
            '.', "dấu nặng",
            '_', "không dấu",
            '⌫', "⌫ Xoá");

    @LocalServerPort
    int port;

    KioskBrowser browser;
    Page page;
    Locator keyboard;
    Locator field;

    @BeforeAll
    void openTheSearchPage() {
        browser = new KioskBrowser();
        page = browser.newVisitor(Screen.KIOSK_PORTRAIT);
        page.navigate(url("/tim-kiem"));
        keyboard = page.locator("kiosk-keyboard");
        field = page.locator("#search-field input");
        assertThat(key("q")).isVisible(); // open on a tall screen
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    static Stream<Arguments> words() {
        return Stream.of(
                Arguments.of("Nguyenê~", "Nguyễn"),          // ê after the word marks its e; ngã goes on ê
                Arguments.of("nguyenê`", "nguyền"),
                Arguments.of("nguyen`ê", "nguyền"),          // tone first, mark after: the tone stays
                Arguments.of("Khang", "Khang"),
                Arguments.of("hoa`", "hoà"),                 // modern rule: "oa" carries the tone on "a"
                Arguments.of("ho´a", "hoá"),                 // the tone moves as the word grows
                Arguments.of("to´an", "toán"),
                Arguments.of("quy~", "quỹ"),                 // "qu" is the initial: the vowel is "y"
                Arguments.of("thuy?", "thuỷ"),
                Arguments.of("khoe?", "khoẻ"),
                Arguments.of("mua`", "mùa"),
                Arguments.of("ngoai´", "ngoái"),
                Arguments.of("gi`", "gì"),
                Arguments.of("giư~", "giữ"),                 // "gi" is the initial before another vowel
                Arguments.of("huynh`", "huỳnh"),
                Arguments.of("Đăng ky´", "Đăng ký"),
                Arguments.of("dangđ", "đang"),               // đ after the word marks its d
                Arguments.of("Viêt. Nam", "Việt Nam"),
                Arguments.of("viêt´.", "việt"),              // another tone replaces the first
                Arguments.of("viêt._", "viêt"),              // "không dấu" takes it away
                Arguments.of("ngươi`", "người"),             // "ươ" carries the tone on "ơ"
                Arguments.of("nguoi`ơư", "người"),
                Arguments.of("hoăc.", "hoặc"),
                Arguments.of("ky ´", "ký "),                 // a tone after the space still reaches the word
                Arguments.of("hoang`⌫", "hoàn"),
                Arguments.of("Trân` Thi. Lan", "Trần Thị Lan"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("words")
    void tonesAndMarksGoOnTheRightLetter(String keys, String expected) {
        field.fill("");
        type(keys);

        assertThat(field).hasValue(expected);
        String value = (String) page.evaluate("() => document.getElementById('search-field').value");
        assertThat(Normalizer.isNormalized(value, Normalizer.Form.NFC)).as("%s is NFC", value).isTrue();
    }

    @Test
    void telexTypesMarksAndTonesWithLetters() {
        Locator telex = keyboard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gõ Telex"));
        telex.click();
        assertThat(telex).hasAttribute("aria-pressed", "true");
        try {
            for (var word : List.of(List.of("Traanf Thij Lan", "Trần Thị Lan"), List.of("ddawng kys", "đăng ký"),
                    List.of("nguowif", "người"), List.of("Nguyeenx", "Nguyễn"), List.of("ass", "as"))) {
                field.fill("");
                type(word.get(0));
                assertThat(field).hasValue(word.get(1));
            }
        } finally {
            telex.click();
            field.fill("");
        }
        assertThat(telex).hasAttribute("aria-pressed", "false");
    }

    @Test
    void searchingWhatWasTypedWithTonesFindsBirthRegistrationFirst() {
        field.fill("");
        type("đăng ky´ khai sinh");

        assertThat(field).hasValue("đăng ký khai sinh");
        assertThat(page.locator(".procedure-card-name").first()).hasText("Đăng ký khai sinh");
        KioskBrowser.assertAccessible(page, "search with the Vietnamese keyboard");
        keyboard.scrollIntoViewIfNeeded();
        browser.screenshot(page, Screen.KIOSK_PORTRAIT, "30-vietnamese-keyboard");
    }

    @Test
    void shiftMakesOneCapital() {
        field.fill("");
        Locator shift = keyboard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Chữ hoa"));
        shift.click();
        assertThat(shift).hasAttribute("aria-pressed", "true");
        assertThat(key("Ư")).isVisible(); // the keys show what they type
        key("Ư").click();
        assertThat(shift).hasAttribute("aria-pressed", "false");
        type("ơng");
        assertThat(field).hasValue("Ương");
    }

    @Test
    void everyKeyIsAtLeast64PixelsWithTextAtLeast20() {
        assertKeysAtLeast64PixelsWithTextAtLeast20(keyboard);
    }

    /** Tablets and landscape kiosks lay the keys out in two rows fewer, so that field and keyboard fit together. */
    @ParameterizedTest
    @EnumSource(value = Screen.class, names = {"TABLET", "KIOSK_LANDSCAPE"})
    void onLandscapeScreensTheFieldAndTheWholeKeyboardFit(Screen screen) {
        Page landscape = browser.newVisitor(screen);
        try {
            landscape.navigate(url("/tim-kiem"));
            Locator landscapeKeyboard = landscape.locator("kiosk-keyboard");
            Locator show = landscapeKeyboard.getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Hiện bàn phím"));
            if (screen == Screen.TABLET) {
                show.click(); // closed on tablets, which have a keyboard of their own
            }
            for (String name : List.of("Chữ hoa", "V", "i", "ê", "t", "dấu nặng")) {
                landscapeKeyboard.getByRole(AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(name).setExact(true)).click();
            }
            assertThat(landscape.locator("#search-field input")).hasValue("Việt");
            KioskBrowser.assertAccessible(landscape, "search with the Vietnamese keyboard, " + screen.label());
            assertKeysAtLeast64PixelsWithTextAtLeast20(landscapeKeyboard);

            // what the resident sees while typing: the field just under the header, the keyboard below it
            landscape.evaluate("""
                    () => window.scrollBy(0, document.getElementById('search-field').getBoundingClientRect().top
                                             - document.querySelector('.kiosk-header').offsetHeight - 8)""");
            Object keyboardBottom = landscapeKeyboard.evaluate("k => k.getBoundingClientRect().bottom");
            assertThat(((Number) keyboardBottom).doubleValue()).as("the whole keyboard under the field fits")
                    .isLessThanOrEqualTo(screen.height);
            browser.screenshot(landscape, screen, "30-vietnamese-keyboard");
        } finally {
            landscape.context().close();
        }
    }

    /**
     * A field of digits only (the last four digits of the ID) gets a number pad, which stops at the field's length;
     * the code field beside it (letters and digits) gets the letters again.
     */
    @Test
    void aFieldOfDigitsGetsANumberPad() {
        Page lookUp = browser.newVisitor(Screen.KIOSK_PORTRAIT);
        try {
            lookUp.navigate(url("/tra-cuu"));
            Locator pad = lookUp.locator("kiosk-keyboard");
            lookUp.locator("#track-digits input").click();
            Locator letterQ = pad.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("q").setExact(true));
            assertThat(letterQ).hasCount(0);
            for (String digit : List.of("2", "0", "2", "6", "9")) {
                pad.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(digit).setExact(true)).click();
            }
            assertThat(lookUp.locator("#track-digits input")).hasValue("2026"); // four digits, as the field takes
            pad.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("⌫ Xoá")).click();
            assertThat(lookUp.locator("#track-digits input")).hasValue("202");
            assertKeysAtLeast64PixelsWithTextAtLeast20(pad);
            KioskBrowser.assertAccessible(lookUp, "look-up with the number pad");
            browser.screenshot(lookUp, Screen.KIOSK_PORTRAIT, "31-number-pad");

            lookUp.locator("#track-code input").click();
            assertThat(letterQ).isVisible();
        } finally {
            lookUp.context().close();
        }
    }

    private static void assertKeysAtLeast64PixelsWithTextAtLeast20(Locator keyboard) {
        Object tooSmall = keyboard.evaluate("""
                k => [...k.shadowRoot.querySelectorAll('button')]
                  .map(b => { const r = b.getBoundingClientRect(); return {t: b.textContent.trim(), h: r.height, w: r.width}; })
                  .filter(r => r.h < 64 || r.w < 64)""");
        assertThat((List<?>) tooSmall).as("keys under 64 px").isEmpty();
        Object smallText = keyboard.evaluate("""
                k => [...k.shadowRoot.querySelectorAll('button, span, p')]
                  .map(e => ({t: e.textContent.trim(), s: parseFloat(getComputedStyle(e).fontSize)}))
                  .filter(r => r.s < 20)""");
        assertThat((List<?>) smallText).as("text under 20 px").isEmpty();
    }

    /** Presses the keys for the text: letters by their name, a capital as Shift and the letter, marks as named. */
    private void type(String keys) {
        for (char c : keys.toCharArray()) {
            if (NAMED_KEYS.containsKey(c)) {
                keyboard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(NAMED_KEYS.get(c))
                        .setExact(true)).click();
            } else {
                if (Character.isUpperCase(c)) {
                    keyboard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Chữ hoa")).click();
                }
                key(String.valueOf(c)).click();
            }
        }
    }

    private Locator key(String name) {
        return keyboard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
