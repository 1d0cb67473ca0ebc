package vn.dvc.kiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NationalCodeListsTest {

    private static boolean isNfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    @Test
    void holdsTheFiftyFourEthnicGroupsWithCodesOneToFiftyFour() {
        List<NationalCodeLists.EthnicGroup> groups = NationalCodeLists.ethnicGroups();

        assertThat(groups).hasSize(54);
        assertThat(groups).extracting(NationalCodeLists.EthnicGroup::code)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 54).mapToObj("%02d"::formatted).toList());
        assertThat(groups).extracting(NationalCodeLists.EthnicGroup::name).doesNotHaveDuplicates()
                .allMatch(NationalCodeListsTest::isNfc).noneMatch(String::isBlank);
        assertThat(groups).flatExtracting(NationalCodeLists.EthnicGroup::otherNames)
                .allMatch(NationalCodeListsTest::isNfc);
    }

    @Test
    void ethnicGroupsFollowTheDecisionOf1979() {
        List<NationalCodeLists.EthnicGroup> groups = NationalCodeLists.ethnicGroups();

        assertThat(groups.getFirst()).isEqualTo(new NationalCodeLists.EthnicGroup("01", "Kinh", List.of("Việt")));
        assertThat(groups.subList(0, 10)).extracting(NationalCodeLists.EthnicGroup::name)
                .containsExactly("Kinh", "Tày", "Thái", "Hoa", "Khơ-me", "Mường", "Nùng", "HMông", "Dao", "Gia-rai");
        assertThat(groups.subList(50, 54)).extracting(g -> g.code() + " " + g.name())
                .containsExactly("51 Pu Péo", "52 Brâu", "53 Ơ Đu", "54 Rơ-măm");
        assertThat(groups).extracting(NationalCodeLists.EthnicGroup::name)
                .doesNotContain("Người nước ngoài", "Kinh (Việt)");
    }

    @Test
    void nationalitiesPutVietNamFirstThenVietnameseOrderWithoutDuplicates() {
        List<String> nationalities = NationalCodeLists.nationalities();

        assertThat(nationalities.getFirst()).isEqualTo("Việt Nam");
        assertThat(nationalities).doesNotHaveDuplicates().allMatch(NationalCodeListsTest::isNfc)
                .noneMatch(String::isBlank).hasSizeGreaterThan(230);
        assertThat(nationalities).contains("Lào", "Campuchia", "Trung Quốc", "Hàn Quốc", "Nhật Bản", "Hoa Kỳ", "Pháp",
                "Đài Loan (Trung Quốc)", "Palestine");
        assertThat(nationalities).doesNotContain("Nam Cực", "Đảo Bouvet", "Đài Loan", "Lãnh thổ Palestine");
        // Vietnamese order: a < ă < â, d < đ, whatever the tone
        List<String> rest = nationalities.subList(1, nationalities.size());
        assertThat(rest.indexOf("Áo")).isLessThan(rest.indexOf("Ấn Độ"));
        assertThat(rest.indexOf("Azerbaijan")).isLessThan(rest.indexOf("Ấn Độ"));
        assertThat(rest.indexOf("Djibouti")).isLessThan(rest.indexOf("Đức"));
        assertThat(rest.indexOf("Đức")).isLessThan(rest.indexOf("Ecuador"));
        assertThat(rest).doesNotContain("Việt Nam");
    }

    @Test
    void sexIsNamOrNu() {
        assertThat(NationalCodeLists.sexes()).containsExactly("Nam", "Nữ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"childEthnicity", "motherEthnicity", "fatherEthnicity", "brideEthnicity", "groomEthnicity"})
    void ethnicityFieldsOfferTheEthnicGroups(String key) {
        FormField field = new FormField(key, "Dân tộc", "Ethnicity", FieldType.SELECT, true, null, null);

        assertThat(field.optionList()).hasSize(54).startsWith("Kinh", "Tày", "Thái");
        assertThat(field.usualOption()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"childNationality", "brideNationality", "groomNationality", "nationality"})
    void nationalityFieldsOfferTheCountriesWithVietNamChosenBeforehand(String key) {
        FormField field = new FormField(key, "Quốc tịch", "Nationality", FieldType.SELECT, true, null, null);

        assertThat(field.optionList()).startsWith("Việt Nam").hasSizeGreaterThan(230);
        assertThat(field.usualOption()).contains("Việt Nam");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sex", "ownerSex"})
    void sexFieldsWithoutOptionsOfferNamAndNu(String key) {
        FormField field = new FormField(key, "Giới tính", "Sex", FieldType.SELECT, true, "sex", "");

        assertThat(field.optionList()).containsExactly("Nam", "Nữ");
    }

    @Test
    void aFieldsOwnOptionsComeFirstAndOtherListsStayFreeText() {
        assertThat(new FormField("childSex", "Giới tính", "Sex", FieldType.SELECT, true, null, "Nữ\nNam").optionList())
                .containsExactly("Nữ", "Nam");
        assertThat(new FormField("childNationality", "Quốc tịch", "Nationality", FieldType.SELECT, true, null,
                "Việt Nam\nNước ngoài").usualOption()).isEmpty();
        for (String key : new String[] {"beneficiaryCategory", "householdIncomeStatus", "landUsePurpose", "essex"}) {
            assertThat(new FormField(key, "x", "x", FieldType.SELECT, true, null, null).optionList()).as(key).isEmpty();
        }
        assertThat(new FormField("childEthnicity", "Dân tộc", "Ethnicity", FieldType.TEXT, true, null, null)
                .optionList()).isEmpty();
    }

    @Test
    void otherNamesHelpTheSearchOnly() {
        assertThat(NationalCodeLists.otherNames("Khơ-me")).containsExactly("Khmer");
        assertThat(NationalCodeLists.otherNames("Hoa Kỳ")).contains("Mỹ", "United States");
        assertThat(NationalCodeLists.otherNames("Pháp")).containsExactly("France");
        assertThat(NationalCodeLists.otherNames("Tày")).isEmpty();
        assertThat(NationalCodeLists.otherNames("không có")).isEmpty();
        assertThat(NationalCodeLists.otherNames(null)).isEmpty();
    }

    @Test
    void readsTheCsvSkippingCommentsAndHeader() throws IOException {
        String csv = """
                # a comment
                code,name,other_names
                01,Kinh,Việt
                08,HMông,Mông; H'Mông
                """;

        assertThat(NationalCodeLists.parse(new BufferedReader(new StringReader(csv)))).containsExactly(
                new NationalCodeLists.EthnicGroup("01", "Kinh", List.of("Việt")),
                new NationalCodeLists.EthnicGroup("08", "HMông", List.of("Mông", "H'Mông")));
    }
}
