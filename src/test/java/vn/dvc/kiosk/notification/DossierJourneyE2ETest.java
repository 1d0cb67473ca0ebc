package vn.dvc.kiosk.notification;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.kiosk.shared.web.LookupRateLimiter;
import vn.dvc.kiosk.support.KioskBrowser;
import vn.dvc.kiosk.support.KioskBrowser.Screen;
import vn.dvc.kiosk.support.KioskIntegrationTest;
import vn.dvc.kiosk.support.PhotographedPapers;
import vn.dvc.kiosk.support.StaffSteps;

/**
 * Issue 6's whole promise in one journey: a resident files a birth registration at the kiosk; an officer signs in on a
 * tablet, accepts it and asks for a paper; the resident finds the dossier at the kiosk and adds the paper; the officer
 * processes it, finishes and returns the result; the resident's tracking page shows every step with its date; the
 * SMS gateway (HTTP stub) and the SMTP server (GreenMail) received each message exactly once.
 */
@KioskIntegrationTest
class DossierJourneyE2ETest {

    private static final String BIRTH_REGISTRATION = "1.001193";
    /** The fixture files for Nguyễn Thị Hoa, ID 001190054321, phone 0912345678. */
    private static final String ID_LAST_4 = "4321";
    private static final String MISSING = "Bản sao sổ hộ khẩu hoặc giấy xác nhận cư trú của người mẹ";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(NotificationStubs.SMTP_PORT, "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

    static NotificationStubs gateway;

    @LocalServerPort
    int port;

    @Autowired
    DeliveryWorker worker;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    LookupRateLimiter limiter;

    @BeforeAll
    static void startGateway() throws java.io.IOException {
        gateway = new NotificationStubs();
    }

    @AfterAll
    static void stopGateway() {
        gateway.close();
    }

    @AfterEach
    void giveTheLookUpAllowanceBack() {
        for (String client : new String[] {"127.0.0.1", "0:0:0:0:0:0:0:1", null}) {
            limiter.forget(client);
        }
    }

    @Test
    void fileSupplementProcessReturnAndTrack() throws Exception {
        try (KioskBrowser browser = new KioskBrowser()) {
            // 1. the resident files at the kiosk (the receipt's own test fixture submits as the delivery screen does)
            Page kiosk = browser.newVisitor(Screen.KIOSK_PORTRAIT);
            kiosk.navigate(url("/kiem-thu/nop-ho-so-mau/" + BIRTH_REGISTRATION));
            String code = codeOn(kiosk.locator("#dossier-code"));
            browser.screenshot(kiosk, Screen.KIOSK_PORTRAIT, "80-journey-receipt");
            deliverNotifications(code);
            kiosk.context().close();

            // 2. the officer signs in on a tablet, accepts the dossier and asks for a paper
            Page desk = browser.newVisitor(Screen.TABLET);
            StaffSteps.signIn(desk, url(""), StaffSteps.OFFICER);
            // the queue (other tests' dossiers too) has its own test; the officer opens the dossier by its address
            desk.navigate(url("/can-bo/ho-so/" + code));
            assertThat(desk.locator("#desk-dossier-code")).hasText(code);
            act(desk, "ACCEPT");
            act(desk, "REQUEST_SUPPLEMENT", MISSING);
            assertThat(desk.locator("#desk-summary")).containsText("Yêu cầu bổ sung");
            browser.screenshot(desk, Screen.TABLET, "81-journey-officer-asked");
            deliverNotifications(code);

            // 3. the resident comes back to a kiosk, finds the dossier and adds the paper
            Page resident = lookUpAtAKiosk(browser, code);
            assertThat(resident.locator("#tracking-supplement-request")).hasText(MISSING);
            browser.screenshot(resident, Screen.KIOSK_PORTRAIT, "82-journey-tracking-asked");
            resident.locator("#tracking-supplement").click();
            resident.waitForFileChooser(() -> resident.locator("#upload-file vaadin-button").click())
                    .setFiles(PhotographedPapers.page("giay-xac-nhan-cu-tru.png", "GIAY XAC NHAN CU TRU"));
            assertThat(resident.locator(".document-page")).hasCount(1);
            resident.locator("#supplement-next").click();
            resident.locator("#supplement-note textarea").fill("Tôi gửi giấy xác nhận cư trú.");
            // found with the ID digits in this visit: not asked for them again
            resident.locator("#supplement-send").click();
            assertThat(resident.locator("#supplement-done")).containsText("1 trang");
            browser.screenshot(resident, Screen.KIOSK_PORTRAIT, "83-journey-supplement-sent");
            resident.context().close();

            // 4. the officer sees the paper, finishes and returns the result at the counter
            desk.reload();
            assertThat(desk.locator("#desk-history")).containsText("Tôi gửi giấy xác nhận cư trú.");
            assertThat(desk.locator("#desk-summary")).containsText("Đang xử lý");
            act(desk, "FINISH");
            desk.locator("#desk-action-RETURN_RESULT").click();
            desk.locator("#desk-action-delivery vaadin-radio-button")
                    .filter(new Locator.FilterOptions().setHasText("Tại bộ phận Một cửa")).click();
            desk.locator("#desk-action-confirm").click();
            assertThat(desk.locator("#desk-summary")).containsText("Đã trả kết quả");
            browser.screenshot(desk, Screen.TABLET, "84-journey-officer-returned");
            deliverNotifications(code);

            // 5. the tracking page shows each step with its date
            Page tracking = lookUpAtAKiosk(browser, code);
            Pattern dated = Pattern.compile(".*\\d{2}/\\d{2}/\\d{4}.*", Pattern.DOTALL);
            for (String step : List.of("SUBMITTED", "PROCESSING", "SUPPLEMENT_REQUESTED", "COMPLETED")) {
                assertThat(tracking.locator("#timeline-" + step)).hasText(dated);
            }
            assertThat(tracking.locator("#timeline-COMPLETED")).containsText("Bây giờ");
            assertThat(tracking.locator("#rating-5")).isVisible();
            KioskBrowser.assertAccessible(tracking, "journey tracking completed");
            browser.screenshot(tracking, Screen.KIOSK_PORTRAIT, "85-journey-tracking-completed");
        }

        // each message the outbox made went out once, through the real SMS and e-mail adapters
        List<Map<String, Object>> messages = jdbc.queryForList(
                "select channel, dossier_status, status, attempts from notification_message where dossier_code = ?",
                code());
        assertThat(messages).extracting(row -> row.get("dossier_status") + "/" + row.get("channel"))
                .containsExactlyInAnyOrder("NEWLY_REGISTERED/SMS", "NEWLY_REGISTERED/EMAIL", "ACCEPTED/SMS",
                        "ACCEPTED/EMAIL", "SUPPLEMENT_REQUESTED/SMS", "SUPPLEMENT_REQUESTED/EMAIL",
                        "PROCESSING_FINISHED/SMS", "PROCESSING_FINISHED/EMAIL");
        assertThat(messages).allSatisfy(row -> assertThat(row).containsEntry("status", "SENT")
                .containsEntry("attempts", 1));
        List<NotificationStubs.Received> sms = gateway.smsFor(code());
        assertThat(sms).hasSize(4);
        assertThat(sms).extracting(NotificationStubs.Received::body).doesNotHaveDuplicates();
        List<MimeMessage> mails = mailsFor(code());
        assertThat(mails).hasSize(4);
        assertThat(mails).extracting(MimeMessage::getSubject).map(subject -> subject.substring(0, subject.indexOf(" / ")))
                .containsExactlyInAnyOrder("Hồ sơ " + code() + ": đã nộp", "Hồ sơ " + code() + ": đã tiếp nhận",
                        "Hồ sơ " + code() + ": cần bổ sung giấy tờ", "Hồ sơ " + code() + ": đã có kết quả");
    }

    private String filedCode;

    private String code() {
        return filedCode;
    }

    private String codeOn(Locator codeOnReceipt) {
        Matcher found = Pattern.compile("000\\.00\\.00\\.H01-\\d{6}-\\d{4}").matcher(codeOnReceipt.textContent());
        assertThat(found.find()).isTrue();
        filedCode = found.group();
        return filedCode;
    }

    /** "Tra cứu hồ sơ" on a kiosk: the code and the last 4 ID digits, typed. */
    private Page lookUpAtAKiosk(KioskBrowser browser, String code) {
        Page page = browser.newVisitor(Screen.KIOSK_PORTRAIT);
        page.navigate(url("/tra-cuu"));
        page.locator("#track-code input").fill(code);
        page.locator("#track-digits input").fill(ID_LAST_4);
        page.locator("#track-find").click();
        return page;
    }

    private static void act(Page desk, String action) {
        act(desk, action, null);
    }

    private static void act(Page desk, String action, String reason) {
        desk.locator("#desk-action-" + action).click();
        if (reason != null) {
            desk.locator("#desk-action-reason textarea").fill(reason);
        }
        desk.locator("#desk-action-confirm").click();
        assertThat(desk.locator("#desk-action-dialog")).hasCount(0);
    }

    /** What the scheduled worker does (every few seconds in production; run by hand here), twice: nothing twice. */
    private void deliverNotifications(String code) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("""
                select count(*) from event_publication where listener_id like '%NotificationOutbox%'
                and completion_date is null""", Integer.class) == 0);
        worker.deliverDue(clock.instant());
        worker.deliverDue(clock.instant().plusSeconds(3600));
        assertThat(jdbc.queryForObject("select count(*) from notification_message where dossier_code = ? and status <> 'SENT'",
                Integer.class, code)).isZero();
    }

    private static List<MimeMessage> mailsFor(String code) throws Exception {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            if (mail.getSubject().contains(code)) {
                found.add(mail);
            }
        }
        return found;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
