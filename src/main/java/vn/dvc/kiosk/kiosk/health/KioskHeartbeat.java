package vn.dvc.kiosk.kiosk.health;

import java.time.Instant;
import java.util.Objects;

import vn.dvc.kiosk.kiosk.PrinterStatus;

/**
 * One heartbeat of a kiosk: what it says about itself, every {@code kiosk.health.interval}. No personal data: the
 * last use is only the time the last resident's visit ended.
 *
 * @param kioskId     {@code kiosk.profile.id}
 * @param communeCode {@code kiosk.profile.commune-code}
 * @param sentAt      the kiosk's own clock when it built the heartbeat
 * @param camera      its document camera
 * @param printer     its receipt printer ({@link PrinterStatus#NONE} when it has none)
 * @param lastUseAt   when the last resident's visit ended (finished or idle); null if none since the app started
 * @param appVersion  the app's version, "dev" when run from source
 */
public record KioskHeartbeat(String kioskId, String communeCode, Instant sentAt, CameraState camera,
        PrinterStatus printer, Instant lastUseAt, String appVersion) {

    public KioskHeartbeat {
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(communeCode, "communeCode");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(appVersion, "appVersion");
    }
}
