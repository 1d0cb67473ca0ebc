package vn.dvc.kiosk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import vn.dvc.kiosk.dossier.DossierFacts;
import vn.dvc.kiosk.dossier.FeeStatus;
import vn.dvc.kiosk.dossier.ResultDelivery;
import vn.dvc.kiosk.dossier.SubmissionChannel;

/** The measures built from counters, and what counts as done fully online. */
class CountsTest {

    private final Counts counts = new Counts(10, 6, 2, 4, 3, 5, 2, 1, 7, 2, 3, 4, 4, 17);

    @Test
    void measuresKeepTheirNumeratorAndDenominator() {
        assertThat(counts.onlineShare()).isEqualTo(new Ratio(6, 10));
        assertThat(counts.onlinePaymentShare()).isEqualTo(new Ratio(3, 4));
        assertThat(counts.onTimeShare()).isEqualTo(new Ratio(7, 8));
        assertThat(counts.lateShare()).isEqualTo(new Ratio(1, 8));
        assertThat(counts.fullOnlineShare()).isEqualTo(new Ratio(4, 7));
        assertThat(counts.resultsByPostShare()).isEqualTo(new Ratio(2, 7));
        assertThat(counts.resultsElectronicShare()).isEqualTo(new Ratio(3, 7));
        assertThat(counts.assistedShare()).isEqualTo(new Ratio(2, 10));
        assertThat(counts.satisfaction().value()).isEqualTo(4.25);
    }

    @Test
    void aTargetIsMetAtExactlyItsShareAndNeverWithNothingToMeasure() {
        assertThat(new Ratio(4, 5).meets(0.8)).isTrue();
        assertThat(new Ratio(79, 100).meets(0.8)).isFalse();
        assertThat(new Ratio(0, 0).meets(0.0)).isFalse();
        assertThat(new Ratio(0, 0).value()).isNull();
    }

    @Test
    void fullyOnlineMeansFiledOnlineNoCounterFeeAndNoCounterResult() {
        assertThat(DashboardCounting.fullOnline(facts(SubmissionChannel.ONLINE, FeeStatus.PAID, ResultDelivery.POSTAL)))
                .isTrue();
        assertThat(DashboardCounting.fullOnline(facts(SubmissionChannel.ONLINE, FeeStatus.NONE,
                ResultDelivery.ELECTRONIC))).isTrue();
        assertThat(DashboardCounting.fullOnline(facts(SubmissionChannel.ONLINE, FeeStatus.AT_COUNTER,
                ResultDelivery.POSTAL))).isFalse();
        assertThat(DashboardCounting.fullOnline(facts(SubmissionChannel.ONLINE, FeeStatus.NONE,
                ResultDelivery.COUNTER))).isFalse();
        assertThat(DashboardCounting.fullOnline(facts(SubmissionChannel.PUBLIC_POST, FeeStatus.NONE,
                ResultDelivery.POSTAL))).isFalse();
    }

    private static DossierFacts facts(SubmissionChannel channel, FeeStatus fee, ResultDelivery delivery) {
        return new DossierFacts("000.00.00.H01-261122-0001", "1.001193", "000.00.00.H01", channel, false,
                Instant.parse("2026-11-22T03:00:00Z"), 20_000L, fee, delivery, null, null, null);
    }
}
