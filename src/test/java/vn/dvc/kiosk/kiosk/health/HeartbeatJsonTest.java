package vn.dvc.kiosk.kiosk.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.kiosk.kiosk.PrinterStatus;

/** A heartbeat on the wire: written and read back, and every wrong field refused with its own reason. */
class HeartbeatJsonTest {

    private final HeartbeatJson json = new HeartbeatJson(JsonMapper.builder().build());

    private static final KioskHeartbeat HEARTBEAT = new KioskHeartbeat("KIOSK-00070-01", "00070",
            Instant.parse("2026-12-07T05:00:00Z"), CameraState.MISSING, PrinterStatus.PAPER_LOW,
            Instant.parse("2026-12-07T04:41:12.5Z"), "0.1.0-SNAPSHOT");

    private KioskHeartbeat read(String body) {
        return json.read(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String body(String field, String value) {
        String base = "{\"kioskId\":\"KIOSK-00070-01\",\"communeCode\":\"00070\",\"sentAt\":\"2026-12-07T05:00:00Z\","
                + "\"camera\":\"OK\",\"printer\":\"OK\",\"lastUseAt\":null,\"appVersion\":\"1.0\"}";
        return base.replaceFirst("\"" + field + "\":(\"[^\"]*\"|null)", "\"" + field + "\":" + value);
    }

    @Test
    void aHeartbeatIsReadBackAsWritten() {
        assertThat(json.read(json.write(HEARTBEAT))).isEqualTo(HEARTBEAT);
        assertThat(read(body("lastUseAt", "null")).lastUseAt()).isNull();
        assertThat(read(body("lastUseAt", "null").replace("}", ",\"fromTheFuture\":true}")).kioskId())
                .isEqualTo("KIOSK-00070-01");
    }

    @Test
    void wrongFieldsAreRefusedEachWithItsReason() {
        assertThatThrownBy(() -> read(body("camera", "\"BROKEN\""))).isInstanceOf(HeartbeatJson.Invalid.class)
                .hasMessageContaining("camera").hasMessageNotContaining("BROKEN\"");
        assertThatThrownBy(() -> read(body("printer", "\"ok\""))).hasMessageStartingWith("printer");
        assertThatThrownBy(() -> read(body("kioskId", "\"bad id with spaces\""))).hasMessageStartingWith("kioskId");
        assertThatThrownBy(() -> read(body("kioskId", "\"" + "K".repeat(41) + "\""))).hasMessageStartingWith("kioskId");
        assertThatThrownBy(() -> read(body("communeCode", "\"70\""))).hasMessageStartingWith("communeCode");
        assertThatThrownBy(() -> read(body("sentAt", "\"yesterday\""))).hasMessageStartingWith("sentAt");
        assertThatThrownBy(() -> read(body("sentAt", "null"))).hasMessageStartingWith("sentAt");
        assertThatThrownBy(() -> read(body("appVersion", "\"" + "9".repeat(65) + "\"")))
                .hasMessageStartingWith("appVersion");
        assertThatThrownBy(() -> read("[1,2]")).hasMessage("not a JSON heartbeat object");
        assertThatThrownBy(() -> read("not json")).hasMessage("not a JSON heartbeat object");
        assertThatThrownBy(() -> json.read(new byte[HeartbeatJson.MAX_BYTES + 1])).hasMessageContaining("larger");
    }
}
