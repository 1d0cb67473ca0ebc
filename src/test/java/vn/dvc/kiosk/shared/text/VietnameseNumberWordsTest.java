package vn.dvc.kiosk.shared.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseNumberWordsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0             | không
            1             | một
            4             | bốn
            5             | năm
            10            | mười
            11            | mười một
            14            | mười bốn
            15            | mười lăm
            19            | mười chín
            20            | hai mươi
            21            | hai mươi mốt
            24            | hai mươi bốn
            25            | hai mươi lăm
            31            | ba mươi mốt
            55            | năm mươi lăm
            90            | chín mươi
            99            | chín mươi chín
            100           | một trăm
            101           | một trăm linh một
            105           | một trăm linh năm
            110           | một trăm mười
            111           | một trăm mười một
            115           | một trăm mười lăm
            121           | một trăm hai mươi mốt
            205           | hai trăm linh năm
            555           | năm trăm năm mươi lăm
            1000          | một nghìn
            1001          | một nghìn không trăm linh một
            1005          | một nghìn không trăm linh năm
            1010          | một nghìn không trăm mười
            1015          | một nghìn không trăm mười lăm
            1021          | một nghìn không trăm hai mươi mốt
            1100          | một nghìn một trăm
            2500          | hai nghìn năm trăm
            8000          | tám nghìn
            10000         | mười nghìn
            15000         | mười lăm nghìn
            20000         | hai mươi nghìn
            21000         | hai mươi mốt nghìn
            25000         | hai mươi lăm nghìn
            100000        | một trăm nghìn
            105000        | một trăm linh năm nghìn
            150000        | một trăm năm mươi nghìn
            1000000       | một triệu
            1000005       | một triệu không trăm linh năm
            1005000       | một triệu không trăm linh năm nghìn
            1800000       | một triệu tám trăm nghìn
            2500000       | hai triệu năm trăm nghìn
            10000000      | mười triệu
            21500000      | hai mươi mốt triệu năm trăm nghìn
            999999999     | chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín
            1000000000    | một tỷ
            1000001000    | một tỷ không trăm linh một nghìn
            1000000001    | một tỷ không trăm linh một
            1250000000    | một tỷ hai trăm năm mươi triệu
            25000000000   | hai mươi lăm tỷ
            1000000000000 | một nghìn tỷ
            1000000005000 | một nghìn tỷ không trăm linh năm nghìn
            2000000000000000000 | hai tỷ tỷ
            """)
    void readsNumbers(long number, String words) {
        assertThat(VietnameseNumberWords.of(number)).isEqualTo(words);
    }

    @Test
    void amountsAreCapitalisedAndEndInDong() {
        assertThat(VietnameseNumberWords.amountVnd(20_000)).isEqualTo("Hai mươi nghìn đồng");
        assertThat(VietnameseNumberWords.amountVnd(8_000)).isEqualTo("Tám nghìn đồng");
        assertThat(VietnameseNumberWords.amountVnd(1_005)).isEqualTo("Một nghìn không trăm linh năm đồng");
        assertThat(VietnameseNumberWords.amountVnd(0)).isEqualTo("Không đồng");
    }

    @Test
    void negativeNumbersSayAm() {
        assertThat(VietnameseNumberWords.of(-21)).isEqualTo("âm hai mươi mốt");
        // the number of tỷ is itself read as a number: 9 223 372 036 tỷ 854 775 807
        assertThat(VietnameseNumberWords.of(Long.MAX_VALUE)).isEqualTo("chín tỷ hai trăm hai mươi ba triệu ba trăm"
                + " bảy mươi hai nghìn không trăm ba mươi sáu tỷ tám trăm năm mươi bốn triệu bảy trăm bảy mươi lăm nghìn"
                + " tám trăm linh bảy");
        assertThatThrownBy(() -> VietnameseNumberWords.of(Long.MIN_VALUE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyReadingIsNfcWithSingleSpacesAndNoZeroGroups() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 5_000; i++) {
            long number = i < 2_000 ? i : random.nextLong(0, 10_000_000_000_000L);
            String words = VietnameseNumberWords.of(number);
            assertThat(Normalizer.isNormalized(words, Normalizer.Form.NFC)).as("%d", number).isTrue();
            assertThat(words).as("%d", number).doesNotContain("  ").doesNotStartWith(" ").doesNotEndWith(" ")
                    .doesNotContain("không nghìn", "không triệu", "không tỷ", "mươi một", "mười mốt",
                            "mươi năm", "mười năm", "linh lăm");
            if (number > 0) {
                assertThat(words).as("%d", number).doesNotStartWith("không");
            }
        }
    }
}
