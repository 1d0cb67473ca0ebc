package vn.dvc.kiosk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.dvc.kiosk.identity.CardAddressMatcher.KnownCommune;

/** A few of today's units (codes and names as in the units data); addresses are made up. */
class CardAddressMatcherTest {

    private static final Map<String, String> PROVINCES = Map.of(
            "01", "Hà Nội", "08", "Tuyên Quang", "25", "Phú Thọ", "46", "Huế", "79", "Hồ Chí Minh", "80", "Tây Ninh");

    private static final Map<String, List<KnownCommune>> COMMUNES = Map.of(
            "01", List.of(new KnownCommune("00004", "Ba Đình"), new KnownCommune("00008", "Ngọc Hà"),
                    new KnownCommune("00070", "Hoàn Kiếm"), new KnownCommune("00454", "Đông Anh")),
            "25", List.of(new KnownCommune("04795", "Hoà Bình"), new KnownCommune("08707", "Vĩnh Yên"),
                    new KnownCommune("08911", "Tam Đảo")),
            "46", List.of(new KnownCommune("19753", "Phú Xuân")),
            "79", List.of(new KnownCommune("26725", "Tân Thành"), new KnownCommune("26737", "Tân Định"),
                    new KnownCommune("26740", "Sài Gòn"), new KnownCommune("26743", "Bến Thành"),
                    new KnownCommune("27211", "Hoà Bình")),
            "80", List.of(new KnownCommune("25534", "Tân Thành"), new KnownCommune("27826", "Tân Thạnh")));

    private final CardAddressMatcher matcher = new CardAddressMatcher(new CardAddressMatcher.Units() {
        @Override
        public Optional<String> provinceName(String provinceCode) {
            return Optional.ofNullable(PROVINCES.get(provinceCode));
        }

        @Override
        public List<KnownCommune> communesOf(String provinceCode) {
            return COMMUNES.getOrDefault(provinceCode, List.of());
        }
    });

    @Test
    void mapsAWardInHanoi() {
        String printed = "Số 12 Ngõ 3, Phường Ngọc Hà, Quận Ba Đình, TP. Hà Nội";

        assertThat(matcher.match(printed))
                .isEqualTo(new CardAddress(printed, "01", "Hà Nội", "00008", "Ngọc Hà"));
    }

    @Test
    void mapsACommuneOfAMergedProvinceToItsNewProvince() {
        String printed = "Thôn Đông, Xã Tam Đảo, Huyện Tam Đảo, Tỉnh Vĩnh Phúc";

        assertThat(matcher.match(printed))
                .isEqualTo(new CardAddress(printed, "25", "Phú Thọ", "08911", "Tam Đảo"));
    }

    @Test
    void hoaAndHoaWithTheToneMarkElsewhereAreTheSameName() {
        CardAddress address = matcher.match("Tổ 4, Phường Hòa Bình, Thành phố Hòa Bình, Tỉnh Hòa Bình");

        assertThat(address.provinceCode()).isEqualTo("25");
        assertThat(address.communeCode()).isEqualTo("04795");
        assertThat(address.communeName()).isEqualTo("Hoà Bình");
    }

    @Test
    void aTownshipCanBeACommuneToday() {
        CardAddress address = matcher.match("Tổ 1, Thị trấn Đông Anh, Huyện Đông Anh, Hà Nội");

        assertThat(address.provinceCode()).isEqualTo("01");
        assertThat(address.communeCode()).isEqualTo("00454");
    }

    @Test
    void aFoldedNameSharedByTwoCommunesIsDecidedByTheToneMarks() {
        CardAddress address = matcher.match("Ấp 3, Xã Tân Thạnh, Huyện Tân Thạnh, Tỉnh Long An");

        assertThat(address.provinceCode()).isEqualTo("80");
        assertThat(address.provinceName()).isEqualTo("Tây Ninh");
        assertThat(address.communeCode()).isEqualTo("27826");
    }

    @Test
    void withoutAccentsTwoCommunesWithTheSameFoldedNameAreAmbiguous() {
        CardAddress address = matcher.match("Ap 3, Xa Tan Thanh, Huyen Tan Thanh, Tinh Long An");

        assertThat(address.provinceCode()).isEqualTo("80");
        assertThat(address.communeCode()).isNull();
        assertThat(address.communeName()).isNull();
    }

    @Test
    void withoutAccentsAUniqueNameIsStillFound() {
        assertThat(matcher.match("So 5, Phuong Ngoc Ha, Quan Ba Dinh, Ha Noi").communeCode()).isEqualTo("00008");
    }

    @Test
    void aCommuneNotInTheNewProvinceIsLeftOpen() {
        String printed = "Thôn Nà Lầu, Xã Không Tên, Huyện Vị Xuyên, Tỉnh Hà Giang";

        assertThat(matcher.match(printed)).isEqualTo(new CardAddress(printed, "08", "Tuyên Quang", null, null));
    }

    @Test
    void aDistrictWithTheNameOfAWardIsNotTakenForTheWard() {
        CardAddress address = matcher.match("Số 7, Tổ 5, Quận Hoàn Kiếm, Hà Nội");

        assertThat(address.provinceCode()).isEqualTo("01");
        assertThat(address.communeCode()).isNull();
    }

    @Test
    void anUnknownProvinceLeavesEverythingOpenButKeepsTheText() {
        String printed = "Thôn 1, Xã Tam Đảo, Huyện Tam Đảo, Tỉnh Không Có";

        assertThat(matcher.match(printed)).isEqualTo(new CardAddress(printed, null, null, null, null));
    }

    @Test
    void aTrailingCountryIsSkipped() {
        CardAddress address = matcher.match("Số 1, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh, Việt Nam");

        assertThat(address.provinceCode()).isEqualTo("79");
        assertThat(address.communeCode()).isEqualTo("26743");
    }

    @Test
    void abbreviationsAreUnderstood() {
        CardAddress address = matcher.match("12 Hai Bà Trưng, P.Tân Định, Q.1, TP.HCM");

        assertThat(address.provinceCode()).isEqualTo("79");
        assertThat(address.communeCode()).isEqualTo("26737");
        assertThat(address.communeName()).isEqualTo("Tân Định");
    }

    @Test
    void aProvinceOfTheOldRegionOfASurroundingCityMapsToThatCity() {
        CardAddress address = matcher.match("Số 3, Phường Phú Xuân, Thành phố Huế, Tỉnh Thừa Thiên Huế");

        assertThat(address.provinceCode()).isEqualTo("46");
        assertThat(address.provinceName()).isEqualTo("Huế");
        assertThat(address.communeCode()).isEqualTo("19753");
    }

    @Test
    void anAddressAlreadyInTodaysUnitsIsMappedToo() {
        CardAddress address = matcher.match("Số 9 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh");

        assertThat(address.provinceCode()).isEqualTo("79");
        assertThat(address.communeCode()).isEqualTo("26740");
    }

    @Test
    void nfdTextIsKeptAsNfc() {
        String printed = "Số 12 Ngõ 3, Phường Ngọc Hà, Quận Ba Đình, TP. Hà Nội";

        CardAddress address = matcher.match(Normalizer.normalize(printed, Normalizer.Form.NFD));

        assertThat(address.asPrinted()).isEqualTo(printed);
        assertThat(address.communeCode()).isEqualTo("00008");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", " , , "})
    void blankAddressIsUnmatched(String printed) {
        CardAddress address = matcher.match(printed);

        assertThat(address.provinceCode()).isNull();
        assertThat(address.communeCode()).isNull();
        assertThat(address.asPrinted()).isEqualTo(printed);
    }

    @Test
    void toneKeyIgnoresWhereTheToneMarkSitsButNotWhichToneItIs() {
        assertThat(CardAddressMatcher.toneKey("Hòa Bình")).isEqualTo(CardAddressMatcher.toneKey("Hoà Bình"));
        assertThat(CardAddressMatcher.toneKey("Thụy")).isEqualTo(CardAddressMatcher.toneKey("Thuỵ"));
        assertThat(CardAddressMatcher.toneKey("Tân Thạnh")).isNotEqualTo(CardAddressMatcher.toneKey("Tân Thành"));
        assertThat(CardAddressMatcher.toneKey("Đông")).isNotEqualTo(CardAddressMatcher.toneKey("Dong"));
    }
}
