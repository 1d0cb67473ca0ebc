package vn.dvc.kiosk.kiosk.health;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dvc.kiosk.kiosk.KioskProfile;
import vn.dvc.kiosk.kiosk.PrinterStatus;
import vn.dvc.kiosk.kiosk.ReceiptPrinter;
import vn.dvc.kiosk.shared.VisitEnded;

/**
 * This kiosk's heartbeat now: its devices asked at this moment, the end of the last resident's visit (kept in memory
 * only: after a restart it is unknown until the next visit ends) and the app's version.
 */
@Component
class ThisKiosk {

    private final KioskProfile profile;
    private final ReceiptPrinter printer;
    private final Clock clock;
    private final CameraCheck camera;
    private final String version;
    private final AtomicReference<Instant> lastUse = new AtomicReference<>();

    @Autowired
    ThisKiosk(KioskProfile profile, ReceiptPrinter printer, Clock clock, ObjectProvider<BuildProperties> build) {
        this(profile, printer, clock, new CameraCheck(), AppVersion.of(build.getIfAvailable()));
    }

    ThisKiosk(KioskProfile profile, ReceiptPrinter printer, Clock clock, CameraCheck camera, String version) {
        this.profile = profile;
        this.printer = printer;
        this.clock = clock;
        this.camera = camera;
        this.version = version;
    }

    /** A visit ended, finished or left idle: the kiosk was used just now. */
    @EventListener
    void visitEnded(VisitEnded ended) {
        lastUse.set(clock.instant());
    }

    KioskHeartbeat heartbeat() {
        PrinterStatus printerStatus = printer.configured() ? printer.status() : PrinterStatus.NONE;
        return new KioskHeartbeat(profile.id(), profile.communeCode(), clock.instant(),
                camera.check(profile.camera()), printerStatus, lastUse.get(), version);
    }
}
