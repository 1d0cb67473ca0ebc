package vn.dvc.kiosk.kiosk.health;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.dvc.kiosk.kiosk.PrinterStatus;

/**
 * What the server knows of one kiosk: its latest heartbeat and when the server first and last heard from it (the
 * server's clock).
 */
public record KioskReport(KioskHeartbeat heartbeat, Instant firstSeenAt, Instant lastSeenAt) {

    /**
     * Something an admin should look at, worst first. A kiosk not heard from for {@code kiosk.health.silent-after} is
     * {@link #SILENT} whatever its last heartbeat said: that state may be long out of date.
     */
    public enum Trouble {
        SILENT, PRINTER_OFFLINE, PAPER_OUT, CAMERA_MISSING, PAPER_LOW
    }

    /** Silent once at least {@code silentAfter} has passed since the last heartbeat. */
    public boolean silent(Instant now, Duration silentAfter) {
        return silence(now).compareTo(silentAfter) >= 0;
    }

    /** How long since the server last heard from it (zero if the kiosk's heartbeat seems to come from the future). */
    public Duration silence(Instant now) {
        Duration silence = Duration.between(lastSeenAt, now);
        return silence.isNegative() ? Duration.ZERO : silence;
    }

    /** Its troubles now, worst first; empty: working normally. */
    public List<Trouble> troubles(Instant now, Duration silentAfter) {
        List<Trouble> troubles = new ArrayList<>();
        if (silent(now, silentAfter)) {
            troubles.add(Trouble.SILENT);
        }
        PrinterStatus printer = heartbeat.printer();
        if (printer == PrinterStatus.OFFLINE) {
            troubles.add(Trouble.PRINTER_OFFLINE);
        } else if (printer == PrinterStatus.PAPER_OUT) {
            troubles.add(Trouble.PAPER_OUT);
        }
        if (heartbeat.camera() == CameraState.MISSING) {
            troubles.add(Trouble.CAMERA_MISSING);
        }
        if (printer == PrinterStatus.PAPER_LOW) {
            troubles.add(Trouble.PAPER_LOW);
        }
        return troubles;
    }

    /**
     * The admin screen's order: silent kiosks first, longest silent first; then the ones with the worst trouble; then
     * the working ones; each by kiosk id.
     */
    public static Comparator<KioskReport> worstFirst(Instant now, Duration silentAfter) {
        Comparator<KioskReport> bySilence = Comparator.comparing(
                (KioskReport r) -> r.silent(now, silentAfter) ? r.silence(now) : Duration.ZERO).reversed();
        Comparator<KioskReport> byTrouble = Comparator.comparingInt(r -> {
            List<Trouble> troubles = r.troubles(now, silentAfter);
            return troubles.isEmpty() ? Trouble.values().length : troubles.getFirst().ordinal();
        });
        return bySilence.thenComparing(byTrouble).thenComparing(r -> r.heartbeat().kioskId());
    }
}
