package vn.dvc.kiosk.kiosk.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import vn.dvc.kiosk.kiosk.PrinterStatus;
import vn.dvc.kiosk.kiosk.health.KioskReport.Trouble;

/** What the admin screen makes of a kiosk's last heartbeat: silence, troubles, order. */
class KioskReportTest {

    private static final Instant NOW = Instant.parse("2026-12-07T05:00:00Z");
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    private static KioskReport kiosk(String id, CameraState camera, PrinterStatus printer, Duration silentFor) {
        Instant seen = NOW.minus(silentFor);
        return new KioskReport(new KioskHeartbeat(id, "00070", seen, camera, printer, null, "1.0"),
                seen.minus(Duration.ofDays(1)), seen);
    }

    @Test
    void aKioskIsSilentFromTenMinutesWithoutAHeartbeat() {
        KioskReport nineMinutes = kiosk("A", CameraState.OK, PrinterStatus.OK, Duration.ofSeconds(599));
        KioskReport tenMinutes = kiosk("A", CameraState.OK, PrinterStatus.OK, TEN_MINUTES);

        assertThat(nineMinutes.silent(NOW, TEN_MINUTES)).isFalse();
        assertThat(nineMinutes.troubles(NOW, TEN_MINUTES)).isEmpty();
        assertThat(tenMinutes.silent(NOW, TEN_MINUTES)).isTrue();
        assertThat(tenMinutes.troubles(NOW, TEN_MINUTES)).containsExactly(Trouble.SILENT);
        assertThat(tenMinutes.silence(NOW)).isEqualTo(TEN_MINUTES);
    }

    @Test
    void aKioskWhoseClockRunsAheadIsNotSilentForANegativeTime() {
        KioskReport ahead = kiosk("A", CameraState.OK, PrinterStatus.OK, Duration.ofMinutes(-2));
        assertThat(ahead.silence(NOW)).isZero();
        assertThat(ahead.silent(NOW, TEN_MINUTES)).isFalse();
    }

    @Test
    void devicesTellTheirTroublesWorstFirstAndAMissingPrinterOrCameraIsNoTrouble() {
        assertThat(kiosk("A", CameraState.MISSING, PrinterStatus.PAPER_LOW, Duration.ofMinutes(30))
                .troubles(NOW, TEN_MINUTES))
                .containsExactly(Trouble.SILENT, Trouble.CAMERA_MISSING, Trouble.PAPER_LOW);
        assertThat(kiosk("A", CameraState.OK, PrinterStatus.OFFLINE, Duration.ZERO).troubles(NOW, TEN_MINUTES))
                .containsExactly(Trouble.PRINTER_OFFLINE);
        assertThat(kiosk("A", CameraState.OK, PrinterStatus.PAPER_OUT, Duration.ZERO).troubles(NOW, TEN_MINUTES))
                .containsExactly(Trouble.PAPER_OUT);
        assertThat(kiosk("A", CameraState.NOT_CONFIGURED, PrinterStatus.NONE, Duration.ZERO)
                .troubles(NOW, TEN_MINUTES)).isEmpty();
    }

    @Test
    void silentKiosksComeFirstLongestSilentFirstThenTroublesThenTheWorkingOnes() {
        List<KioskReport> reports = Stream.of(
                kiosk("ok-b", CameraState.OK, PrinterStatus.OK, Duration.ofMinutes(1)),
                kiosk("paper-low", CameraState.OK, PrinterStatus.PAPER_LOW, Duration.ofMinutes(1)),
                kiosk("silent-12", CameraState.OK, PrinterStatus.OK, Duration.ofMinutes(12)),
                kiosk("ok-a", CameraState.OK, PrinterStatus.OK, Duration.ZERO),
                kiosk("offline", CameraState.OK, PrinterStatus.OFFLINE, Duration.ofMinutes(2)),
                kiosk("silent-25", CameraState.OK, PrinterStatus.PAPER_LOW, Duration.ofMinutes(25)))
                .sorted(KioskReport.worstFirst(NOW, TEN_MINUTES)).toList();

        assertThat(reports).extracting(r -> r.heartbeat().kioskId())
                .containsExactly("silent-25", "silent-12", "offline", "paper-low", "ok-a", "ok-b");
    }
}
