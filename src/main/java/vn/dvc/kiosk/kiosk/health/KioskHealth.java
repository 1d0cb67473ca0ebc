package vn.dvc.kiosk.kiosk.health;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.kiosk.kiosk.KioskProfile;
import vn.dvc.kiosk.kiosk.PrinterStatus;

/**
 * The kiosks' latest heartbeats ({@code kiosk_heartbeat}, one row per kiosk): recorded by the endpoint the province's
 * kiosks post to, or straight by a LOCAL kiosk's own sender, and listed, worst first, for the admin screen.
 */
@Service
public class KioskHealth {

    private static final String COLUMNS = "kiosk_id, commune_code, camera_state, printer_state, last_use_at, "
            + "app_version, sent_at, first_seen_at, last_seen_at";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final KioskProfile profile;

    KioskHealth(JdbcTemplate jdbc, Clock clock, KioskProfile profile) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.profile = profile;
    }

    /**
     * Records a heartbeat received now (the server's clock). False, and nothing changed, when the kiosk already sent
     * one at the same time or later: a replay of a captured heartbeat (which the signature's 5 minutes still let
     * through), or a retry overtaken by the next beat. The price: a kiosk whose clock is set back is ignored until
     * its clock passes its last heartbeat's time again.
     */
    @Transactional
    public boolean record(KioskHeartbeat heartbeat) {
        return record(heartbeat, clock.instant());
    }

    /**
     * The kiosk's row is locked while it is compared (two heartbeats of a kiosk at once cannot both win); the upsert
     * keeps first_seen_at and takes everything else from the new heartbeat.
     */
    @Transactional
    boolean record(KioskHeartbeat heartbeat, Instant seenAt) {
        List<Instant> last = jdbc.query("SELECT sent_at FROM kiosk_heartbeat WHERE kiosk_id = ? FOR UPDATE",
                (row, index) -> instant(row, "sent_at"), heartbeat.kioskId());
        if (!last.isEmpty() && !heartbeat.sentAt().isAfter(last.getFirst())) {
            return false;
        }
        jdbc.update("INSERT INTO kiosk_heartbeat (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE commune_code = VALUES(commune_code), "
                        + "camera_state = VALUES(camera_state), printer_state = VALUES(printer_state), "
                        + "last_use_at = VALUES(last_use_at), app_version = VALUES(app_version), "
                        + "sent_at = VALUES(sent_at), last_seen_at = VALUES(last_seen_at)",
                heartbeat.kioskId(), heartbeat.communeCode(), heartbeat.camera().name(), heartbeat.printer().name(),
                utc(heartbeat.lastUseAt()), heartbeat.appVersion(), utc(heartbeat.sentAt()), utc(seenAt),
                utc(seenAt));
        return true;
    }

    /** Every kiosk ever heard from, worst first ({@link KioskReport#worstFirst}). */
    public List<KioskReport> reports() {
        Instant now = clock.instant();
        return jdbc.query("SELECT " + COLUMNS + " FROM kiosk_heartbeat", KioskHealth::report).stream()
                .sorted(KioskReport.worstFirst(now, profile.health().silentAfter())).toList();
    }

    public Optional<KioskReport> report(String kioskId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM kiosk_heartbeat WHERE kiosk_id = ?", KioskHealth::report,
                kioskId).stream().findFirst();
    }

    private static KioskReport report(ResultSet row, int index) throws SQLException {
        KioskHeartbeat heartbeat = new KioskHeartbeat(row.getString("kiosk_id"), row.getString("commune_code"),
                instant(row, "sent_at"), CameraState.valueOf(row.getString("camera_state")),
                PrinterStatus.valueOf(row.getString("printer_state")), instant(row, "last_use_at"),
                row.getString("app_version"));
        return new KioskReport(heartbeat, instant(row, "first_seen_at"), instant(row, "last_seen_at"));
    }

    /** Stored as UTC wall time, as Hibernate stores the app's other times ({@code hibernate.jdbc.time_zone}). */
    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        LocalDateTime time = row.getObject(column, LocalDateTime.class);
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
