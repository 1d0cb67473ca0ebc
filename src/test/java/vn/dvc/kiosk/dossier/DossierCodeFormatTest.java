package vn.dvc.kiosk.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DossierCodeFormatTest {

    private static final LocalDate MAY_31_2021 = LocalDate.of(2021, 5, 31);

    private final DossierCodeFormat circular = new DossierCodeFormat("{unit}-{yyMMdd}-{NNNN}");

    @Test
    void writesTheCircularsExample() {
        assertThat(circular.format("000.17.22.H56", MAY_31_2021, 1)).isEqualTo("000.17.22.H56-210531-0001");
    }

    @Test
    void padsToFourDigitsAndKeepsCountingPastThem() {
        assertThat(circular.format("000.17.22.H56", MAY_31_2021, 42)).endsWith("-0042");
        assertThat(circular.format("000.17.22.H56", MAY_31_2021, 9999)).endsWith("-9999");
        assertThat(circular.format("000.17.22.H56", MAY_31_2021, 10000)).isEqualTo("000.17.22.H56-210531-10000");
        assertThat(circular.format("000.17.22.H56", MAY_31_2021, 123456)).endsWith("-123456");
    }

    @Test
    void theDefaultPatternIsTheCirculars() {
        assertThat(new DossierProperties("000.00.00.H01", null, null).codePattern()).isEqualTo(circular.toString());
    }

    @Test
    void anotherPatternMayReorderAndWidenTheParts() {
        DossierCodeFormat format = new DossierCodeFormat("HS/{yyyyMMdd}/{unit}/{NNNNNN}");

        assertThat(format.format("H56", MAY_31_2021, 7)).isEqualTo("HS/20210531/H56/000007");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{unit}-{NNNN}", "{yyMMdd}-{NNNN}", "{unit}-{yyMMdd}", "{unit}-{yyMMdd}-{NN}-{NN}",
            "{unit}-{unit}-{yyMMdd}-{NNNN}", "{unit}-{yyMMdd-{NNNN}", "{unit}}-{yyMMdd}-{NNNN}", "{unit}-{}-{NNNN}",
            "{unit}-{yyMMdd}-{NNNN", "{unit}-{qqqqqq}-{NNNN}"})
    void aPatternThatCouldRepeatACodeOrCannotBeReadIsRefused(String pattern) {
        assertThatThrownBy(() -> new DossierCodeFormat(pattern)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sequenceNumbersStartAtOne() {
        assertThatThrownBy(() -> circular.format("H56", MAY_31_2021, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
