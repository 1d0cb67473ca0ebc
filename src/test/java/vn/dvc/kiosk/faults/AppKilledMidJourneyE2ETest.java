package vn.dvc.kiosk.faults;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvc.kiosk.support.ResidentSteps.identifyByHand;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dvc.kiosk.support.KioskBrowser;
import vn.dvc.kiosk.support.KioskBrowser.Screen;
import vn.dvc.kiosk.support.StaffSteps;

/**
 * The app is killed (SIGKILL: a power cut, the OOM killer) while an officer has just registered a dossier and a
 * resident is in the middle of filing, then started again by systemd. The app runs as its own process, with its own
 * embedded MariaDB (left running by the killed app and stopped by the next start). Afterwards: the acknowledged
 * dossier is there once, its messages (stored, not yet sent when the app died) go out once, and the resident carries
 * on from their last answered screen with the draft code, as the README's rule for drafts says (saved after every
 * answered screen).
 */
class AppKilledMidJourneyE2ETest {

    private final Path dataDir = Path.of("target", "killed-app", "data-" + UUID.randomUUID());
    private final int appPort = freePort();
    private final int databasePort = freePort();
    private Process app;

    @AfterEach
    void stopTheApp() {
        if (app != null) {
            app.destroy();
            app.onExit().completeOnTimeout(app, 60, java.util.concurrent.TimeUnit.SECONDS).join();
        }
    }

    @Test
    void aKilledAppComesBackWithEveryAcknowledgedDossierItsMessagesAndTheResidentsDraft() throws Exception {
        app = start(false);
        String code;
        String draftCode;
        try (KioskBrowser browser = new KioskBrowser()) {
            Page officer = browser.newVisitor(Screen.TABLET);
            StaffSteps.signIn(officer, base(), StaffSteps.OFFICER);
            officer.navigate(base() + "/can-bo/tiep-nhan-truc-tiep");
            Locator procedure = officer.locator("#counter-procedure input");
            procedure.click();
            procedure.fill("thuong tru");
            officer.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("1.004222"))
                    .first().click();
            officer.locator("#counter-full-name input").fill("Trần Văn Hùng");
            officer.locator("#counter-id-number input").fill("001085012345");
            officer.locator("#counter-phone input").fill("0901234567");
            officer.locator("#counter-submit").click();
            assertThat(officer.locator("#counter-done-code")).containsText("Đã tiếp nhận hồ sơ");
            code = officer.locator("#counter-done-code").textContent()
                    .replaceAll("^Đã tiếp nhận hồ sơ (\\S+)\\. .*$", "$1");

            Page resident = browser.newVisitor(Screen.KIOSK_PORTRAIT);
            resident.navigate(base() + "/dinh-danh/nhap-tay?thu-tuc=1.001193");
            identifyByHand(resident);
            resident.locator("#confirm-yes").click();
            resident.locator("#consent-agree").click();
            resident.locator("#answer input").fill("Nguyễn Minh Khang");
            resident.locator("#question-next").click();
            assertThat(resident.locator(".question-count")).hasText("Câu 2 / 24");
            draftCode = resident.locator("#draft-code").textContent().replaceAll("\\D", "");
            // typed on question 2, not yet answered, when the power goes
            resident.locator("#answer-day").click();
        }
        String registered = code;
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> pendingMessages(registered) > 0);

        app.destroyForcibly(); // SIGKILL: no shutdown hook, no Spring close, MariaDB left running
        app.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        app = start(true);

        assertThat(query("select count(*) from dossier where code = ?", code)).containsExactly("1");
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(query("select status from notification_message where dossier_code = ?", code))
                        .isNotEmpty().containsOnly("SENT"));
        List<String> sentOnce = query("select count(*) from notification_message where dossier_code = ? "
                + "group by event_key, channel having count(*) > 1", code);
        assertThat(sentOnce).as("no message stored twice").isEmpty();

        try (KioskBrowser browser = new KioskBrowser()) {
            Page resident = browser.newVisitor(Screen.KIOSK_PORTRAIT);
            resident.navigate(base() + "/");
            resident.locator("#resume-entry").click();
            resident.locator("#resume-code input").fill(draftCode);
            resident.locator("#resume-digits input").fill("2345");
            resident.locator("#resume-go").click();
            assertThat(resident.locator(".question-count")).hasText("Câu 2 / 24");
            resident.locator("#question-back").click();
            assertThat(resident.locator("#answer input")).hasValue("Nguyễn Minh Khang");
            KioskBrowser.assertAccessible(resident, "resumed after the app was killed");
            browser.screenshot(resident, Screen.KIOSK_PORTRAIT, "faults-resumed-after-kill");
        }
    }

    /** The app as systemd runs it: its own JVM, the test classpath, this test's database and port. */
    private Process start(boolean delivering) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                "vn.dvc.kiosk.DvcKioskApplication",
                "--server.port=" + appPort,
                "--kiosk.database.embedded.data-dir=" + dataDir.toAbsolutePath(),
                "--kiosk.database.embedded.port=" + databasePort,
                "--kiosk.notification.sms.url=",
                "--kiosk.notification.delivery.enabled=" + delivering,
                "--kiosk.notification.delivery.interval=1s"));
        Files.createDirectories(dataDir.getParent());
        Path log = dataDir.getParent().resolve(dataDir.getFileName() + (delivering ? "-second.log" : "-first.log"));
        Process started = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try (HttpClient http = HttpClient.newHttpClient()) {
            Awaitility.await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                if (!started.isAlive()) {
                    throw new IllegalStateException("The app stopped; see " + log);
                }
                try {
                    HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base()
                            + "/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    return health.body().contains("\"status\":\"UP\"");
                } catch (IOException notYet) {
                    return false;
                }
            });
        }
        return started;
    }

    private int pendingMessages(String code) throws SQLException {
        return Integer.parseInt(query("select count(*) from notification_message where dossier_code = ? "
                + "and status = 'PENDING'", code).getFirst());
    }

    private List<String> query(String sql, String argument) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + databasePort
                + "/dvc_kiosk", "root", "");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, argument);
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        }
    }

    private String base() {
        return "http://localhost:" + appPort;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
