package vn.dvc.kiosk.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseTextTest {

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    @Test
    void nfdInputBecomesPrecomposedNfc() {
        String decomposed = nfd("Đăng ký kết hôn");
        assertThat(decomposed).isNotEqualTo("Đăng ký kết hôn"); // the test really starts from NFD

        String stored = VietnameseText.nfc(decomposed);

        assertThat(stored).isEqualTo("Đăng ký kết hôn");
        assertThat(Normalizer.isNormalized(stored, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void eWithCircumflexAndAcuteTypedAsThreeCodePointsEqualsThePrecomposedLetter() {
        assertThat(VietnameseText.nfc("e\u0302\u0301")).isEqualTo("\u1EBF"); // ế
    }

    @Test
    void nfcKeepsNullAsNull() {
        assertThat(VietnameseText.nfc(null)).isNull();
    }

    @Test
    void foldRemovesToneMarksAndDiacriticsAndLowersCase() {
        assertThat(VietnameseText.fold("Đăng ký kết hôn")).isEqualTo("dang ky ket hon");
    }

    @Test
    void foldGivesTheSameKeyForNfcAndNfdInput() {
        assertThat(VietnameseText.fold(nfd("Xác nhận thông tin về cư trú")))
                .isEqualTo(VietnameseText.fold("Xác nhận thông tin về cư trú"))
                .isEqualTo("xac nhan thong tin ve cu tru");
    }

    @ParameterizedTest
    @CsvSource({
            "đ, d",
            "Đ, d",
            "Đồng Đăng, dong dang",
            "đường, duong",
    })
    void dWithStrokeIsMappedToPlainDExplicitly(String text, String folded) {
        assertThat(VietnameseText.fold(text)).isEqualTo(folded);
    }

    @Test
    void hornAndBreveLettersLoseTheirMarks() {
        assertThat(VietnameseText.fold("Ưu tiên người cao tuổi, trẻ em dưới 6 tháng"))
                .isEqualTo("uu tien nguoi cao tuoi tre em duoi 6 thang");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'Đăng ký  khai   sinh'                | dang ky khai sinh",
            "'  Đăng ký khai sinh!  \t '          | dang ky khai sinh",
            "Đăng ký nhận cha, mẹ, con            | dang ky nhan cha me con",
            "Chứng thực (bản sao) - giấy tờ/văn bản | chung thuc ban sao giay to van ban",
            "Liên thông…đăng ký thường trú;BHYT    | lien thong dang ky thuong tru bhyt",
    })
    void punctuationAndRunsOfSpacesCollapseToSingleSpaces(String text, String folded) {
        assertThat(VietnameseText.fold(text)).isEqualTo(folded);
    }

    @Test
    void procedureCodeStaysOneWord() {
        assertThat(VietnameseText.fold("Mã thủ tục: 1.001193.")).isEqualTo("ma thu tuc 1.001193");
        assertThat(VietnameseText.words("1.001193 Đăng ký khai sinh"))
                .containsExactly("1.001193", "dang", "ky", "khai", "sinh");
    }

    @Test
    void dotBetweenLettersIsStillASeparator() {
        assertThat(VietnameseText.words("Tp.Hà Nội")).containsExactly("tp", "ha", "noi");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "   ", "\t\n"})
    void nullOrBlankFoldsToEmptyStringAndNoWords(String text) {
        assertThat(VietnameseText.fold(text)).isEmpty();
        assertThat(VietnameseText.words(text)).isEmpty();
    }

    @Test
    void onlyPunctuationFoldsToEmptyString() {
        assertThat(VietnameseText.fold(" , . ; - ")).isEmpty();
        assertThat(VietnameseText.words("…")).isEmpty();
    }

    @Test
    void wordsAreTheFoldedWordsInOrder() {
        assertThat(VietnameseText.words("Cấp đổi thẻ căn cước"))
                .containsExactly("cap", "doi", "the", "can", "cuoc");
    }
}
