package vn.dvc.kiosk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** All people, numbers and addresses here are made up. */
class CitizenIdCardParserTest {

    private static final String ADDRESS = "Số 12 Ngõ 3, Phường Ba Đình, Quận Ba Đình, TP. Hà Nội";
    private static final String CHIP_CARD =
            "001203012345|123456789|Nguyễn Văn An|15032003|Nam|" + ADDRESS + "|20042021";

    private static CitizenIdCard read(String payload) {
        CardReading reading = CitizenIdCardParser.parse(payload);
        assertThat(reading).isInstanceOf(CardReading.Read.class);
        return ((CardReading.Read) reading).card();
    }

    private static CardReading.Rejected rejected(String payload) {
        CardReading reading = CitizenIdCardParser.parse(payload);
        assertThat(reading).isInstanceOf(CardReading.Rejected.class);
        return (CardReading.Rejected) reading;
    }

    private static void assertNoPersonalData(CardReading.Rejected rejected) {
        assertThat(rejected.logDetail()).isNotBlank()
                .doesNotContain("Nguyễn", "Văn An", "Lê Thị", "12345", "123456789", "2003", "1985", "Ba Đình",
                        "Ninh Kiều");
    }

    @Test
    void readsTheSevenFieldChipCardPayload() {
        CitizenIdCard card = read(CHIP_CARD);

        assertThat(card).isEqualTo(new CitizenIdCard("001203012345", "123456789", "Nguyễn Văn An",
                LocalDate.of(2003, 3, 15), Sex.MALE, ADDRESS, LocalDate.of(2021, 4, 20)));
        assertThat(card.lastFourDigits()).isEqualTo("2345");
    }

    @Test
    void readsAWomanBornInThe1900sWithoutAnOldIdNumber() {
        CitizenIdCard card = read(
                "092185012345||Lê Thị Bình|01011985|Nữ|Khu vực 2, Phường An Hòa, Quận Ninh Kiều, TP. Cần Thơ|10072022");

        assertThat(card.oldIdNumber()).isNull();
        assertThat(card.fullName()).isEqualTo("Lê Thị Bình");
        assertThat(card.dateOfBirth()).isEqualTo(LocalDate.of(1985, 1, 1));
        assertThat(card.sex()).isEqualTo(Sex.FEMALE);
        assertThat(card.issueDate()).isEqualTo(LocalDate.of(2022, 7, 10));
    }

    @Test
    void readsTheSixFieldVariantWithoutTheOldIdNumberField() {
        CitizenIdCard card = read("001203012345|Nguyễn Văn An|15032003|Nam|" + ADDRESS + "|01082024");

        assertThat(card.oldIdNumber()).isNull();
        assertThat(card.fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(card.dateOfBirth()).isEqualTo(LocalDate.of(2003, 3, 15));
        assertThat(card.sex()).isEqualTo(Sex.MALE);
        assertThat(card.permanentAddress()).isEqualTo(ADDRESS);
        assertThat(card.issueDate()).isEqualTo(LocalDate.of(2024, 8, 1));
    }

    @Test
    void readsTheSixFieldVariantWithTheOldIdNumberButNoIssueDate() {
        CitizenIdCard card = read("001203012345|123456789|Nguyễn Văn An|15032003|Nam|" + ADDRESS);

        assertThat(card.oldIdNumber()).isEqualTo("123456789");
        assertThat(card.permanentAddress()).isEqualTo(ADDRESS);
        assertThat(card.issueDate()).isNull();
    }

    @Test
    void readsAnEightFieldPayloadAndIgnoresTheExtraField() {
        CitizenIdCard card = read(CHIP_CARD + "|XYZ-extra");

        assertThat(card).isEqualTo(read(CHIP_CARD));
    }

    @Test
    void ignoresTrailingExtrasAndEmptyTrailingFields() {
        assertThat(read(CHIP_CARD + "|||")).isEqualTo(read(CHIP_CARD));
        assertThat(read(CHIP_CARD + "|01012040|something else|")).isEqualTo(read(CHIP_CARD));
    }

    @Test
    void toleratesSurroundingWhitespaceAndSpacesAroundFields() {
        CitizenIdCard card = read("  \n001203012345 | 123456789 |  Nguyễn   Văn An | 15032003 | Nam | " + ADDRESS
                + " | 20042021\r\n");

        assertThat(card).isEqualTo(read(CHIP_CARD));
    }

    @Test
    void emptyAddressAndIssueDateBecomeNull() {
        CitizenIdCard card = read("001203012345||Nguyễn Văn An|15032003|Nam||");

        assertThat(card.permanentAddress()).isNull();
        assertThat(card.issueDate()).isNull();
    }

    @Test
    void unreadableIssueDateIsDroppedNotRejected() {
        assertThat(read("001203012345||Nguyễn Văn An|15032003|Nam|" + ADDRESS + "|31022021").issueDate()).isNull();
    }

    @Test
    void nfdInputIsStoredAsNfc() {
        String nfd = Normalizer.normalize(CHIP_CARD, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(CHIP_CARD); // the test really starts from NFD

        CitizenIdCard card = read(nfd);

        assertThat(card).isEqualTo(read(CHIP_CARD));
        assertThat(Normalizer.isNormalized(card.fullName(), Normalizer.Form.NFC)).isTrue();
        assertThat(Normalizer.isNormalized(card.permanentAddress(), Normalizer.Form.NFC)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nữ", "NỮ", "nữ", "Nu", "NU", "nu"})
    void femaleIsReadWithAnyCaseOrWithoutAccents(String sex) {
        assertThat(read("079185012345||Lê Thị Bình|01011985|" + sex + "|" + ADDRESS + "|").sex())
                .isEqualTo(Sex.FEMALE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nam", "NAM", "nam"})
    void maleIsReadWithAnyCase(String sex) {
        assertThat(read("001203012345||Nguyễn Văn An|15032003|" + sex + "|" + ADDRESS + "|").sex())
                .isEqualTo(Sex.MALE);
    }

    @Test
    void readsDatesWrittenWithSlashes() {
        assertThat(read("001203012345||Nguyễn Văn An|15/03/2003|Nam|" + ADDRESS + "|20/04/2021").dateOfBirth())
                .isEqualTo(LocalDate.of(2003, 3, 15));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t", "\uFEFF"})
    void blankIsEmpty(String payload) {
        assertThat(rejected(payload).problem()).isEqualTo(CardProblem.EMPTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html",
            "HTTP://example.com/?id=001203012345|x|y|z|w|v",
            "www.example.vn",
            "  https://zalo.me/g/abcdef  ",
    })
    void aWebAddressIsAForeignLink(String payload) {
        CardReading.Rejected rejected = rejected(payload);

        assertThat(rejected.problem()).isEqualTo(CardProblem.FOREIGN_CODE_LINK);
        assertThat(rejected.logDetail()).doesNotContain("001203012345", "zalo", "example");
    }

    @Test
    void theVietQrWorkedExampleIsAForeignPaymentCode() {
        String vietQr = "00020101021238540010A00000072701240006970436011010175956000208QRIBFTTA530370454061800005802VN"
                + "62230819thanh toan don hang630470FA";

        CardReading.Rejected rejected = rejected(vietQr);

        assertThat(rejected.problem()).isEqualTo(CardProblem.FOREIGN_CODE_PAYMENT);
        assertThat(rejected.logDetail()).doesNotContain("0101759560", "thanh toan");
    }

    @Test
    void randomBytesAreNotAnIdCard() {
        byte[] bytes = new byte[200];
        new Random(20260101L).nextBytes(bytes);

        CardReading.Rejected rejected = rejected(new String(bytes, StandardCharsets.ISO_8859_1));

        assertThat(rejected.problem()).isEqualTo(CardProblem.NOT_AN_ID_CARD);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Xin chào",
            "BEGIN:VCARD\nVERSION:3.0\nFN:Nguyễn Văn An\nTEL:0900000000\nEND:VCARD",
            "a|b|c|d|e|f|g",
            "WIFI:S:quay-mot-cua;T:WPA;P:12345678;;",
    })
    void otherCodesAreNotAnIdCard(String payload) {
        CardReading.Rejected rejected = rejected(payload);

        assertThat(rejected.problem()).isEqualTo(CardProblem.NOT_AN_ID_CARD);
        assertNoPersonalData(rejected);
    }

    @Test
    void tooFewFieldsIsNotAnIdCardAndTheLogSaysHowMany() {
        CardReading.Rejected rejected = rejected("001203012345|123456789|Nguyễn Văn An|15032003|Nam");

        assertThat(rejected.problem()).isEqualTo(CardProblem.NOT_AN_ID_CARD);
        assertThat(rejected.logDetail()).isEqualTo("5 fields");
    }

    @Test
    void anIdNumberWithElevenDigitsIsAFormatProblem() {
        CardReading.Rejected rejected = rejected(CHIP_CARD.replace("001203012345", "00120301234"));

        assertThat(rejected.problem()).isEqualTo(CardProblem.ID_NUMBER_FORMAT);
        assertThat(rejected.logDetail()).isEqualTo("ID number has 11 digits");
    }

    @Test
    void anIdNumberWithLettersIsAFormatProblem() {
        CardReading.Rejected rejected = rejected(CHIP_CARD.replace("001203012345", "0012030123AB"));

        assertThat(rejected.problem()).isEqualTo(CardProblem.ID_NUMBER_FORMAT);
        assertNoPersonalData(rejected);
    }

    @Test
    void aMissingNameIsReported() {
        CardReading.Rejected rejected = rejected("001203012345|123456789|  |15032003|Nam|" + ADDRESS + "|20042021");

        assertThat(rejected.problem()).isEqualTo(CardProblem.NAME_MISSING);
        assertNoPersonalData(rejected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "31022003", "1503200", "15-13-2003", "ngày 15"})
    void aMissingOrImpossibleDateOfBirthIsReported(String dateOfBirth) {
        CardReading.Rejected rejected = rejected(
                "001203012345|123456789|Nguyễn Văn An|" + dateOfBirth + "|Nam|" + ADDRESS + "|20042021");

        assertThat(rejected.problem()).isEqualTo(CardProblem.DATE_OF_BIRTH_INVALID);
        assertNoPersonalData(rejected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "X", "Male", "Nam Nữ"})
    void aSexOtherThanNamOrNuIsReported(String sex) {
        CardReading.Rejected rejected = rejected(
                "001203012345|123456789|Nguyễn Văn An|15032003|" + sex + "|" + ADDRESS + "|20042021");

        assertThat(rejected.problem()).isEqualTo(CardProblem.SEX_INVALID);
        assertNoPersonalData(rejected);
    }

    @Test
    void anUnknownProvinceCodeIsReportedWithOnlyTheCode() {
        CardReading.Rejected rejected = rejected(CHIP_CARD.replace("001203012345", "099203012345"));

        assertThat(rejected.problem()).isEqualTo(CardProblem.ID_NUMBER_PROVINCE);
        assertThat(rejected.logDetail()).isEqualTo("province code 099");
    }

    @Test
    void aSexDigitThatDisagreesWithTheCardIsReported() {
        CardReading.Rejected rejected = rejected(CHIP_CARD.replace("001203012345", "001303012345"));

        assertThat(rejected.problem()).isEqualTo(CardProblem.ID_NUMBER_SEX);
        assertThat(rejected.logDetail()).isEqualTo("sex digit 3 vs Nam");
    }

    @Test
    void birthYearDigitsThatDisagreeWithTheDateOfBirthAreReported() {
        CardReading.Rejected rejected = rejected(CHIP_CARD.replace("001203012345", "001204012345"));

        assertThat(rejected.problem()).isEqualTo(CardProblem.ID_NUMBER_BIRTH_YEAR);
        assertNoPersonalData(rejected);
    }

    @Test
    void aCenturyDigitThatDisagreesWithTheDateOfBirthIsReported() {
        CardReading.Rejected rejected = rejected(CHIP_CARD.replace("001203012345", "001003012345"));

        assertThat(rejected.problem()).isEqualTo(CardProblem.ID_NUMBER_BIRTH_YEAR);
        assertNoPersonalData(rejected);
    }

    @Test
    void aNameOrAddressLongerThanADossierStoresIsNotAnIdCard() {
        // found by CitizenIdCardParserFuzzTest: such a code was read, and filing then failed writing the dossier
        CardReading.Rejected longName = rejected(CHIP_CARD.replace("Nguyễn Văn An", "Nguyễn Văn An".repeat(20)));
        CardReading.Rejected longAddress = rejected(CHIP_CARD.replace(ADDRESS, ADDRESS.repeat(10)));

        assertThat(longName.problem()).isEqualTo(CardProblem.NOT_AN_ID_CARD);
        assertThat(longAddress.problem()).isEqualTo(CardProblem.NOT_AN_ID_CARD);
        assertNoPersonalData(longName);
        assertNoPersonalData(longAddress);
    }

    @Test
    void controlCharactersInTheNameAreNotAnIdCard() {
        CardReading.Rejected rejected = rejected(CHIP_CARD.replace("Văn An", "Văn\u0000\u0007An"));

        assertThat(rejected.problem()).isEqualTo(CardProblem.NOT_AN_ID_CARD);
        assertNoPersonalData(rejected);
    }
}
