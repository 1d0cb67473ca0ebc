package vn.dvc.kiosk.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class Pre2025ProvincesTest {

    /** The 63 codes used in digits 1–3 of the ID number before the 2025 reform. */
    private static final Set<String> OLD_CODES = Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024",
            "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045",
            "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070",
            "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093",
            "094", "095", "096");

    /** Today's 34 provinces (code → name), read from the migration that loads them into the database. */
    private static Map<String, String> todaysProvinces() throws IOException {
        String sql;
        try (InputStream in = Pre2025ProvincesTest.class
                .getResourceAsStream("/db/migration/V3__administrative_units_data.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String section = sql.substring(sql.indexOf("-- DATA for provinces --"), sql.indexOf("-- DATA for wards --"));
        Matcher row = Pattern.compile("\\('(\\d{2})','([^']*)'").matcher(section);
        Map<String, String> provinces = new LinkedHashMap<>();
        while (row.find()) {
            provinces.put(row.group(1), row.group(2));
        }
        return provinces;
    }

    @Test
    void holdsAllSixtyThreeCodesAndNoOthers() {
        assertThat(Pre2025Provinces.all()).hasSize(63);
        assertThat(Pre2025Provinces.all()).extracting(Pre2025Provinces.OldProvince::oldCode)
                .containsExactlyInAnyOrderElementsOf(OLD_CODES);
        OLD_CODES.forEach(code -> assertThat(Pre2025Provinces.isKnownCode(code)).as(code).isTrue());
    }

    @Test
    void namesAreUniqueAndNfc() {
        assertThat(Pre2025Provinces.all()).extracting(Pre2025Provinces.OldProvince::name)
                .doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(java.text.Normalizer.isNormalized(name, java.text.Normalizer.Form.NFC))
                        .isTrue());
    }

    @Test
    void everyNewCodeIsOneOfTodaysThirtyFourProvinces() throws IOException {
        Map<String, String> today = todaysProvinces();
        assertThat(today).hasSize(34);

        assertThat(Pre2025Provinces.all()).extracting(Pre2025Provinces.OldProvince::newCode)
                .allSatisfy(code -> assertThat(today).containsKey(code));
    }

    @Test
    void everyOneOfTodaysProvincesHasAtLeastOnePre2025Province() throws IOException {
        Set<String> reached = Pre2025Provinces.all().stream().map(Pre2025Provinces.OldProvince::newCode)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(reached).containsExactlyInAnyOrderElementsOf(todaysProvinces().keySet());
    }

    @Test
    void everyOneOfTodaysProvinceNamesIsFoundAndLeadsToItself() throws IOException {
        todaysProvinces().forEach((code, name) -> assertThat(Pre2025Provinces.findByName(name))
                .as(name).map(Pre2025Provinces.OldProvince::newCode).contains(code));
    }

    @ParameterizedTest(name = "{0} ({1}) is now in {2}")
    @CsvSource({
            "001, Hà Nội, 01",
            "002, Hà Giang, 08",
            "015, Yên Bái, 15",
            "017, Hòa Bình, 25",
            "027, Bắc Ninh, 24",
            "030, Hải Dương, 31",
            "045, Quảng Trị, 44",
            "046, Thừa Thiên Huế, 46",
            "064, Gia Lai, 52",
            "072, Tây Ninh, 80",
            "077, Bà Rịa - Vũng Tàu, 79",
            "087, Đồng Tháp, 82",
            "089, An Giang, 91",
            "095, Bạc Liêu, 96",
    })
    void mapsOldCodesToTodaysProvinces(String oldCode, String name, String newCode) {
        assertThat(Pre2025Provinces.name(oldCode)).contains(name);
        assertThat(Pre2025Provinces.newProvinceCode(oldCode)).contains(newCode);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"000", "003", "099", "01", "1", "0001", "abc"})
    void unknownCodesAreNotFound(String code) {
        assertThat(Pre2025Provinces.isKnownCode(code)).isFalse();
        assertThat(Pre2025Provinces.name(code)).isEmpty();
        assertThat(Pre2025Provinces.newProvinceCode(code)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "Hà Nội                       | 001",
            "TP. Hà Nội                   | 001",
            "Thành phố Hà Nội             | 001",
            "Thủ đô Hà Nội                | 001",
            "ha noi                       | 001",
            "Tỉnh Hòa Bình                | 017",
            "Tỉnh Hoà Bình                | 017",
            "T. Hòa Bình                  | 017",
            "Thanh Hóa                    | 038",
            "Thanh Hoá                    | 038",
            "TỈNH THANH HÓA               | 038",
            "Tỉnh Khánh Hoà               | 056",
            "TP HCM                       | 079",
            "TP.HCM                       | 079",
            "Tp. Hồ Chí Minh              | 079",
            "Thành phố Hồ Chí Minh        | 079",
            "Hồ Chí Minh                  | 079",
            "Huế                          | 046",
            "Thành phố Huế                | 046",
            "Thừa Thiên Huế               | 046",
            "Tỉnh Thừa Thiên Huế          | 046",
            "Tỉnh Thừa Thiên - Huế        | 046",
            "Bà Rịa - Vũng Tàu            | 077",
            "Bà Rịa-Vũng Tàu              | 077",
            "Tỉnh Bà Rịa – Vũng Tàu       | 077",
            "Tỉnh Đắk Lắk                 | 066",
            "Tỉnh Bắc Kạn                 | 006",
            "Tỉnh Bắc Cạn                 | 006",
            "TP. Cần Thơ                  | 092",
    })
    void findsProvincesHoweverTheyAreWritten(String text, String oldCode) {
        assertThat(Pre2025Provinces.findByName(text)).map(Pre2025Provinces.OldProvince::oldCode).contains(oldCode);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "Quận Ba Đình", "Việt Nam", "Tỉnh", "Thành phố", "Hà", "Tỉnh Hà Nội Mới"})
    void otherTextIsNotAProvince(String text) {
        assertThat(Pre2025Provinces.findByName(text)).isEmpty();
    }
}
