package vn.dvc.kiosk.kiosk.health;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.kiosk.kiosk.PrinterStatus;
import vn.dvc.kiosk.kiosk.profile.KioskProfileReader;

/**
 * A heartbeat as JSON on the wire ({@code POST /api/kiosk-heartbeats}):
 * {@code {"kioskId","communeCode","sentAt","camera","printer","lastUseAt","appVersion"}}, times as ISO-8601 instants,
 * states as their enum names. Read field by field as text, so that every wrong value is refused with its own short
 * reason (HTTP 400) rather than a binding stack trace; unknown fields are ignored (a newer kiosk may send more).
 */
@Component
final class HeartbeatJson {

    /** Far more than a heartbeat needs (about 250 bytes): anything bigger is refused unread. */
    static final int MAX_BYTES = 4096;

    /** An app version as the server accepts it, e.g. 0.1.0-SNAPSHOT. */
    static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,63}");

    /** The fields as sent; only for reading and writing. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Wire(String kioskId, String communeCode, String sentAt, String camera, String printer, String lastUseAt,
            String appVersion) {
    }

    /** Why a heartbeat was refused: a short English reason for the sender's log, never a value it sent. */
    static final class Invalid extends RuntimeException {
        Invalid(String reason) {
            super(reason, null, false, false);
        }
    }

    private final JsonMapper json;

    HeartbeatJson(JsonMapper json) {
        this.json = json;
    }

    byte[] write(KioskHeartbeat heartbeat) {
        return json.writeValueAsBytes(new Wire(heartbeat.kioskId(), heartbeat.communeCode(),
                heartbeat.sentAt().toString(), heartbeat.camera().name(), heartbeat.printer().name(),
                heartbeat.lastUseAt() == null ? null : heartbeat.lastUseAt().toString(), heartbeat.appVersion()));
    }

    /** The heartbeat, or {@link Invalid} naming the first wrong field. */
    KioskHeartbeat read(byte[] body) {
        if (body.length > MAX_BYTES) {
            throw new Invalid("body larger than " + MAX_BYTES + " bytes");
        }
        Wire wire;
        try {
            wire = json.readValue(new String(body, StandardCharsets.UTF_8), Wire.class);
        } catch (JacksonException e) {
            throw new Invalid("not a JSON heartbeat object");
        }
        if (wire == null) {
            throw new Invalid("not a JSON heartbeat object");
        }
        return new KioskHeartbeat(
                matching("kioskId", wire.kioskId(), KioskProfileReader.KIOSK_ID),
                matching("communeCode", wire.communeCode(), KioskProfileReader.COMMUNE_CODE),
                instant("sentAt", wire.sentAt(), true),
                choice("camera", wire.camera(), CameraState.class),
                choice("printer", wire.printer(), PrinterStatus.class),
                instant("lastUseAt", wire.lastUseAt(), false),
                matching("appVersion", wire.appVersion(), VERSION));
    }

    private static String matching(String field, String value, Pattern pattern) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new Invalid(field + " missing or not in the expected form");
        }
        return value;
    }

    private static Instant instant(String field, String value, boolean required) {
        if (value == null && !required) {
            return null;
        }
        try {
            if (value != null && value.length() <= 40) {
                return Instant.parse(value);
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw new Invalid(field + " missing or not an ISO-8601 instant");
    }

    private static <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value)).findFirst()
                .orElseThrow(() -> new Invalid(field + " missing or unknown; expected one of "
                        + Arrays.toString(type.getEnumConstants())));
    }
}
