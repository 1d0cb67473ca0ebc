package vn.dvc.kiosk.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.dvc.kiosk.kiosk.health.CameraState;
import vn.dvc.kiosk.kiosk.health.KioskHealth;
import vn.dvc.kiosk.kiosk.health.KioskHeartbeat;
import vn.dvc.kiosk.kiosk.PrinterStatus;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/** The admins' kiosk list without a browser: a silent kiosk is flagged in words and listed first; officers are refused. */
class KioskHealthViewTest {

    @KioskIntegrationTest
    @WithUserDetails("quantri")
    static class AnAdmin extends SpringBrowserlessTest {

        @Autowired
        KioskHealth health;

        @Autowired
        JdbcTemplate jdbc;

        @Autowired
        Clock clock;

        @Test
        void seesASilentKioskFlaggedFirstAndAPaperLowOneInWords() {
            String suffix = UUID.randomUUID().toString().substring(0, 6);
            Instant now = clock.instant();
            health.record(new KioskHeartbeat("VT-PAPER-" + suffix, "00070", now, CameraState.OK,
                    PrinterStatus.PAPER_LOW, null, "1.0"));
            health.record(new KioskHeartbeat("VT-SILENT-" + suffix, "00004", now, CameraState.OK,
                    PrinterStatus.OK, now, "1.0"));
            // heard from 3 hours ago, longer than any demo kiosk: first in the list
            jdbc.update("UPDATE kiosk_heartbeat SET last_seen_at = last_seen_at - INTERVAL 3 HOUR WHERE kiosk_id = ?",
                    "VT-SILENT-" + suffix);

            navigate(KioskHealthView.class);

            String summary = find(Paragraph.class).withId("kiosk-health-summary").single().getText();
            assertThat(summary).matches("\\d+ máy, \\d+ mất liên lạc, \\d+ cần kiểm tra thiết bị");
            NativeTable table = find(NativeTable.class).withId("kiosk-health-table").single();
            String text = table.getElement().getTextRecursively();
            assertThat(text).contains("Mất liên lạc 180 phút").contains("Máy in sắp hết giấy")
                    .contains("Phường Hoàn Kiếm (00070)").contains("Phường Ba Đình (00004)")
                    .contains("3 giờ trước");
            var firstRow = find(NativeTableRow.class).all().stream()
                    .filter(row -> row.getElement().hasAttribute("data-kiosk")).findFirst().orElseThrow();
            assertThat(firstRow.getElement().getAttribute("data-kiosk")).isEqualTo("VT-SILENT-" + suffix);
            assertThat(firstRow.getClassNames()).contains("kiosk-silent");
        }
    }

    @KioskIntegrationTest
    @WithUserDetails("canbo")
    static class AnOfficer extends SpringBrowserlessTest {

        @Test
        void cannotOpenIt() {
            try {
                navigate(KioskHealthView.class);
            } catch (RuntimeException rerouted) {
                // the router sends a signed-in officer to "not found" instead
            }
            assertThat(getCurrentView()).isNotInstanceOf(KioskHealthView.class);
            assertThat(find(NativeTable.class).withId("kiosk-health-table").all()).isEmpty();
        }
    }
}
