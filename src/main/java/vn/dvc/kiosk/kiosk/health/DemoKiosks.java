package vn.dvc.kiosk.kiosk.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.dvc.kiosk.kiosk.PrinterStatus;

/**
 * A few made-up kiosks for the demo, so that the admin screen ({@code quan-tri/may-kiosk}) shows every state on a
 * fresh machine: one working, one with its paper running low, one without its camera, one silent for 25 minutes.
 * Written again at every start, with times counted back from now (their ids start with {@value #PREFIX}). On when
 * {@code kiosk.health.demo-kiosks} is (the demo run and the tests); off on every kiosk ({@code dvc-kiosk.service},
 * {@code kiosk.example.yml}) and real server ({@code KIOSK_HEALTH_DEMO_KIOSKS=false}).
 */
@Component
@ConditionalOnProperty(name = "kiosk.health.demo-kiosks", havingValue = "true")
class DemoKiosks implements ApplicationRunner {

    static final String PREFIX = "DEMO-";

    private static final Logger log = LoggerFactory.getLogger(DemoKiosks.class);

    private final KioskHealth health;
    private final Clock clock;

    DemoKiosks(KioskHealth health, Clock clock) {
        this.health = health;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant now = clock.instant();
        List<Demo> demos = List.of(
                new Demo("DEMO-00070-01", "00070", CameraState.OK, PrinterStatus.OK, 1, 12),
                new Demo("DEMO-00070-02", "00070", CameraState.OK, PrinterStatus.PAPER_LOW, 1, 40),
                new Demo("DEMO-00004-01", "00004", CameraState.MISSING, PrinterStatus.OK, 2, 95),
                new Demo("DEMO-00004-02", "00004", CameraState.OK, PrinterStatus.OK, 25, 70));
        for (Demo demo : demos) {
            Instant seen = now.minus(Duration.ofMinutes(demo.seenMinutesAgo()));
            health.record(new KioskHeartbeat(demo.id(), demo.commune(), seen, demo.camera(), demo.printer(),
                    now.minus(Duration.ofMinutes(demo.usedMinutesAgo())), "0.1.0-demo"), seen);
        }
        log.warn("Demo kiosks are on (kiosk.health.demo-kiosks): {} made-up kiosks shown on quan-tri/may-kiosk; turn "
                + "them off on a real kiosk or server", demos.size());
    }

    private record Demo(String id, String commune, CameraState camera, PrinterStatus printer, int seenMinutesAgo,
            int usedMinutesAgo) {
    }
}
