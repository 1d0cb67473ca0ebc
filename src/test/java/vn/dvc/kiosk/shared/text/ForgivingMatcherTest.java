package vn.dvc.kiosk.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ForgivingMatcherTest {

    private static final String BIRTH = "Đăng ký khai sinh";
    private static final String BIRTH_AND_PARENTS = "Đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con";
    private static final String MARRIAGE = "Đăng ký kết hôn";

    private static double score(String query, String text) {
        return new ForgivingMatcher(query).score(text);
    }

    @Test
    void queryWithoutDiacriticsMatchesAccentedText() {
        assertThat(score("dang ky ket hon", MARRIAGE)).isPositive();
        assertThat(score("DANG KY KET HON", MARRIAGE)).isPositive();
    }

    @Test
    void queryWithoutDiacriticsScoresAsHighAsTheAccentedQuery() {
        assertThat(score("dang ky khai sinh", BIRTH)).isEqualTo(score("Đăng ký khai sinh", BIRTH));
    }

    @Test
    void wordOrderDoesNotMatter() {
        assertThat(score("khai sinh dang ky", BIRTH)).isPositive();
        assertThat(score("hon ket", MARRIAGE)).isPositive();
    }

    @Test
    void queryInTextOrderRanksAboveTheSameWordsShuffled() {
        assertThat(score("dang ky khai sinh", BIRTH)).isGreaterThan(score("khai sinh dang ky", BIRTH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dang ky khai s", "dang ky khai si", "khai sin", "dan ky"})
    void wordCutShortStillMatches(String query) {
        assertThat(score(query, BIRTH)).isPositive();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "dang ky khia sinh | Đăng ký khai sinh", // swapped letters in a 4-letter word
            "dang ky khai snih | Đăng ký khai sinh",
            "dang ky khai xinh | Đăng ký khai sinh", // one wrong letter
            "thuong tru        | Đăng ký thường trú",
            "thuogn tru        | Đăng ký thường trú",
    })
    void oneTypoStillMatches(String query, String text) {
        assertThat(score(query, text)).isPositive();
    }

    @Test
    void swappedLettersInAThreeLetterWordStillMatch() {
        // "hno" for "hôn": the class promises to forgive "one wrong or swapped letter"
        assertThat(score("ket hno", MARRIAGE)).isPositive();
    }

    @Test
    void exactMatchRanksAboveTypo() {
        assertThat(score("dang ky khai sinh", BIRTH)).isGreaterThan(score("dang ky khia sinh", BIRTH));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "thue dat         | Đăng ký kết hôn",
            "giay phep xay dung | Đăng ký khai sinh",
            "can cuoc         | Đăng ký tạm trú",
            "xyz              | Đăng ký khai sinh",
    })
    void unrelatedTextScoresZero(String query, String text) {
        assertThat(score(query, text)).isZero();
    }

    @Test
    void twoWordQueryMissingOneWordScoresZero() {
        assertThat(score("khai tu", BIRTH)).isZero();
    }

    @Test
    void queryOfThreeWordsOrMoreToleratesOneMissingWord() {
        assertThat(score("dang ky khai sinh con", BIRTH)).isPositive();
        assertThat(score("dang ky khai sinh con chau", BIRTH)).isZero();
    }

    @Test
    void emptyQueryMatchesNothing() {
        ForgivingMatcher matcher = new ForgivingMatcher("  , ");
        assertThat(matcher.isEmpty()).isTrue();
        assertThat(matcher.score(BIRTH)).isZero();
        assertThat(new ForgivingMatcher(null).score(BIRTH)).isZero();
    }

    @Test
    void emptyTextScoresZero() {
        assertThat(score("khai sinh", "")).isZero();
        assertThat(score("khai sinh", null)).isZero();
    }

    @Test
    void exactShorterNameRanksAboveLongerNameContainingIt() {
        assertThat(score("dang ky khai sinh", BIRTH)).isGreaterThan(score("dang ky khai sinh", BIRTH_AND_PARENTS));
        assertThat(score("khai sinh", BIRTH)).isGreaterThan(score("khai sinh", BIRTH_AND_PARENTS));
        assertThat(score("Đăng ký khai sinh", BIRTH)).isGreaterThan(score("Đăng ký khai sinh", BIRTH_AND_PARENTS));
    }

    @Test
    void scoreStaysWithinZeroToTwo() {
        assertThat(score("dang ky khai sinh", BIRTH)).isBetween(0.0, 2.0);
        assertThat(score("1.001193", "Đăng ký khai sinh 1.001193")).isBetween(0.0, 2.0);
    }

    @Test
    void procedureCodeMatchesAsOneWord() {
        assertThat(score("1.001193", "dang ky khai sinh | dang ky khai sinh birth registration | 1.001193"))
                .isPositive();
        assertThat(score("1.001193", "1.001022")).isZero();
    }

    @ParameterizedTest
    @CsvSource({
            "khai, khai, 0",
            "khai, khia, 1",   // adjacent swap counts as one edit
            "hno,  hon,  1",
            "sinh, xinh, 1",   // substitution
            "sinh, sin,  1",   // deletion
            "sin,  sinh, 1",   // insertion
            "ab,   ba,   1",
            "'',   abc,  3",
    })
    void editDistanceCountsInsertionsDeletionsSubstitutionsAndAdjacentSwaps(String a, String b, int expected) {
        assertThat(ForgivingMatcher.editDistance(a, b, 5)).isEqualTo(expected);
    }

    @Test
    void editDistanceToEmptyStringIsTheLengthOfTheOtherString() {
        assertThat(ForgivingMatcher.editDistance("abc", "", 5)).isEqualTo(3);
    }

    @Test
    void editDistanceOfClassicExample() {
        assertThat(ForgivingMatcher.editDistance("kitten", "sitting", 5)).isEqualTo(3);
    }

    @Test
    void editDistanceIsSymmetric() {
        assertThat(ForgivingMatcher.editDistance("thuogn", "thuong", 3))
                .isEqualTo(ForgivingMatcher.editDistance("thuong", "thuogn", 3))
                .isEqualTo(1);
    }

    @Test
    void editDistanceStopsEarlyAboveTheLimit() {
        assertThat(ForgivingMatcher.editDistance("abcdef", "uvwxyz", 1)).isGreaterThan(1);
        assertThat(ForgivingMatcher.editDistance("abcdef", "uvwxyz", 1)).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({
            "sinh, sinh, 1.0",
            "sin,  sinh, 0.75",
            "s,    sinh, 0.375",
            "khia, khai, 0.55",
            "ky,   ka,   0.0",   // words under four letters get no typo allowance for substitutions
    })
    void wordScoreRanksExactAbovePrefixAboveTypo(String queryWord, String word, double expected) {
        assertThat(ForgivingMatcher.wordScore(queryWord, word)).isEqualTo(expected);
    }
}
