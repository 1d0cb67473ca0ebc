package vn.dvc.kiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeeTest {

    private static final LocalDate REDUCTION_ENDS = LocalDate.of(2026, 12, 31);

    private static Fee fee(Long amount, boolean varies) {
        return new Fee(amount, null, null, null, null, varies, FeeUnit.DOSSIER, null, null);
    }

    private static Fee fee(Long amount, Long online, Long reduced, LocalDate reducedUntil) {
        return new Fee(amount, online, null, reduced, reducedUntil, false, FeeUnit.DOSSIER, null, null);
    }

    @Test
    void zeroAmountThatDoesNotVaryIsFree() {
        Fee free = fee(0L, false);

        assertThat(free.isFree()).isTrue();
        assertThat(free.isKnown()).isTrue();
    }

    @Test
    void zeroReferenceAmountThatVariesByProvinceIsNotFree() {
        Fee provincial = fee(0L, true);

        assertThat(provincial.isFree()).isFalse();
        assertThat(provincial.isKnown()).isTrue();
    }

    @Test
    void positiveAmountIsKnownButNotFree() {
        Fee paid = fee(20000L, false);

        assertThat(paid.isFree()).isFalse();
        assertThat(paid.isKnown()).isTrue();
    }

    @Test
    void nullAmountIsNeitherKnownNorFree() {
        Fee unknown = fee(null, true);

        assertThat(unknown.isKnown()).isFalse();
        assertThat(unknown.isFree()).isFalse();
        assertThat(fee(null, false).isFree()).isFalse();
    }

    @ParameterizedTest(name = "on {0} an online ID-card renewal costs {1}")
    @CsvSource({
            "2026-01-01, 25000",
            "2026-12-30, 25000",
            "2026-12-31, 25000", // the last day of the reduction is included
            "2027-01-01, 50000",
            "2027-06-15, 50000",
    })
    void reducedAmountAppliesUntilItsLastDayInclusive(LocalDate day, long expected) {
        Fee idCardRenewal = fee(50000L, null, 25000L, REDUCTION_ENDS);

        assertThat(idCardRenewal.amountOnlineOn(day)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "on {0} online filing costs {1}")
    @CsvSource({
            "2026-12-31, 5000",
            "2027-01-01, 8000",
    })
    void onlineRateAppliesAfterTheReductionEnds(LocalDate day, long expected) {
        Fee fee = fee(10000L, 8000L, 5000L, REDUCTION_ENDS);

        assertThat(fee.amountOnlineOn(day)).isEqualTo(expected);
    }

    @Test
    void onlineRateAppliesWhenThereIsNoReduction() {
        Fee residence = fee(20000L, 10000L, null, null); // 1.004222 permanent residence

        assertThat(residence.amountOnlineOn(LocalDate.of(2026, 6, 1))).isEqualTo(10000L);
    }

    @Test
    void counterAmountAppliesOnlineWhenThereIsNoOnlineRate() {
        assertThat(fee(70000L, null, null, null).amountOnlineOn(LocalDate.of(2026, 6, 1))).isEqualTo(70000L);
    }

    @Test
    void reductionWithoutEndDateIsIgnored() {
        assertThat(fee(50000L, null, 25000L, null).amountOnlineOn(LocalDate.of(2026, 6, 1))).isEqualTo(50000L);
    }

    @Test
    void unknownFeeStaysUnknownOnline() {
        assertThat(fee(null, null, null, null).amountOnlineOn(LocalDate.of(2026, 6, 1))).isNull();
    }
}
