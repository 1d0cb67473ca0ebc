package vn.dvc.kiosk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Made-up numbers: province code, century-and-sex digit, two year digits, then 6 random digits. */
class CitizenIdNumberTest {

    @ParameterizedTest(name = "{0}: {2} born {1}")
    @CsvSource({
            "038090001234, 1990-05-20, MALE",   // 038 Thanh Hóa, 0 = man born in the 1900s, 90
            "079185012345, 1985-01-01, FEMALE", // 079 Hồ Chí Minh, 1 = woman born in the 1900s, 85
            "001203012345, 2003-03-15, MALE",   // 001 Hà Nội, 2 = man born in the 2000s, 03
            "048310000123, 2010-12-31, FEMALE", // 048 Đà Nẵng, 3 = woman born in the 2000s, 10
            "096200000001, 2000-01-01, MALE",   // first year of the 2000s
            "002199000002, 1999-12-31, FEMALE", // last year of the 1900s; 002 Hà Giang (no longer a province)
            "001000000003, 1900-01-01, MALE",   // first year of the 1900s
    })
    void acceptsNumbersThatAgreeWithTheCard(String idNumber, LocalDate dateOfBirth, Sex sex) {
        assertThat(CitizenIdNumber.check(idNumber, dateOfBirth, sex)).isEmpty();
    }

    @Test
    void acceptsSomeoneBornInThe2100s() {
        assertThat(CitizenIdNumber.check("001401000001", LocalDate.of(2101, 1, 1), Sex.MALE)).isEmpty();
        assertThat(CitizenIdNumber.check("001501000001", LocalDate.of(2101, 1, 1), Sex.FEMALE)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"00120301234", "0012030123456", "001 203 012345", "0012030123AB", "１２３４５６７８９０１２",
            "123456789"})
    void anythingButTwelveAsciiDigitsIsAFormatProblem(String idNumber) {
        assertThat(CitizenIdNumber.check(idNumber, LocalDate.of(2003, 3, 15), Sex.MALE))
                .contains(CardProblem.ID_NUMBER_FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "003", "005", "047", "063", "097", "099", "100", "704", "999"})
    void codesThatWereNeverAProvinceAreAProvinceProblem(String code) {
        assertThat(CitizenIdNumber.check(code + "203012345", LocalDate.of(2003, 3, 15), Sex.MALE))
                .contains(CardProblem.ID_NUMBER_PROVINCE);
    }

    @Test
    void aProvinceProblemIsLoggedWithOnlyTheCode() {
        assertThat(CitizenIdNumber.inspect("099203012345", LocalDate.of(2003, 3, 15), Sex.MALE))
                .map(CitizenIdNumber.Finding::logDetail).contains("province code 099");
    }

    @ParameterizedTest(name = "digit {1} with {2}")
    @CsvSource({
            "001103012345, 1, MALE",   // woman's digit, card says Nam
            "001303012345, 3, MALE",
            "079085012345, 0, FEMALE", // man's digit, card says Nữ
            "079285012345, 2, FEMALE",
    })
    void aSexDigitThatDisagreesIsASexProblem(String idNumber, int digit, Sex sex) {
        LocalDate dateOfBirth = digit <= 1 ? LocalDate.of(1985, 1, 1) : LocalDate.of(2003, 3, 15);
        String fixedYear = idNumber.substring(0, 4) + String.format("%02d", dateOfBirth.getYear() % 100)
                + idNumber.substring(6);

        assertThat(CitizenIdNumber.inspect(fixedYear, dateOfBirth, sex)).hasValueSatisfying(finding -> {
            assertThat(finding.problem()).isEqualTo(CardProblem.ID_NUMBER_SEX);
            assertThat(finding.logDetail()).isEqualTo("sex digit " + digit + " vs " + (sex == Sex.MALE ? "Nam" : "Nữ"));
        });
    }

    @Test
    void aCenturyDigitForTheWrongCenturyIsABirthYearProblem() {
        // a man born in 2003 whose digit says the 1900s
        assertThat(CitizenIdNumber.check("001003012345", LocalDate.of(2003, 3, 15), Sex.MALE))
                .contains(CardProblem.ID_NUMBER_BIRTH_YEAR);
        // a woman born in 1985 whose digit says the 2000s
        assertThat(CitizenIdNumber.check("079385012345", LocalDate.of(1985, 1, 1), Sex.FEMALE))
                .contains(CardProblem.ID_NUMBER_BIRTH_YEAR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"001885012345", "001985012345"})
    void the1800sDigitsAreNotInUse(String idNumber) {
        assertThat(CitizenIdNumber.check(idNumber, LocalDate.of(1885, 1, 1), null))
                .contains(CardProblem.ID_NUMBER_BIRTH_YEAR);
        assertThat(CitizenIdNumber.check(idNumber, null, null)).contains(CardProblem.ID_NUMBER_BIRTH_YEAR);
    }

    @Test
    void yearDigitsThatDisagreeAreABirthYearProblemLoggedWithoutTheYear() {
        assertThat(CitizenIdNumber.inspect("001204012345", LocalDate.of(2003, 3, 15), Sex.MALE))
                .hasValueSatisfying(finding -> {
                    assertThat(finding.problem()).isEqualTo(CardProblem.ID_NUMBER_BIRTH_YEAR);
                    assertThat(finding.logDetail()).doesNotContain("03", "04", "2003");
                });
    }

    @Test
    void theProvinceIsCheckedBeforeSexAndYear() {
        assertThat(CitizenIdNumber.check("099104012345", LocalDate.of(2003, 3, 15), Sex.MALE))
                .contains(CardProblem.ID_NUMBER_PROVINCE);
    }

    @Test
    void unknownDateOfBirthOrSexIsNotChecked() {
        assertThat(CitizenIdNumber.check("001203012345", null, null)).isEmpty();
        assertThat(CitizenIdNumber.check("001203012345", LocalDate.of(2003, 3, 15), null)).isEmpty();
        assertThat(CitizenIdNumber.check("001203012345", null, Sex.MALE)).isEmpty();
    }
}
