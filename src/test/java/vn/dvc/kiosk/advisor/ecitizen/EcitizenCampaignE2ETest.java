package vn.dvc.kiosk.advisor.ecitizen;

import vn.dvc.kiosk.advisor.AdvisorTestDossiers;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvc.kiosk.identity.scan.CardImageCorpus;
import vn.dvc.kiosk.support.KioskBrowser;
import vn.dvc.kiosk.support.KioskBrowser.Screen;
import vn.dvc.kiosk.support.KioskIntegrationTest;
import vn.dvc.kiosk.support.StaffSteps;

/**
 * Issue 7's "done when" in a real Chromium at tablet size: the student volunteer sinhvien (Đỗ Gia Huy) enrols a
 * resident by typing their ID, the resident taps "Tôi đồng ý", all four steps are ticked; then the group leader tuvan
 * sees one resident helped by Đỗ Gia Huy this week and one first online dossier, and sinhvien is refused the
 * figures, and the leader lanhdao sees all groups per commune. Every screen is scanned with axe; screenshots in target/screenshots (ecitizen-*), one in portrait.
 */
@KioskIntegrationTest
class EcitizenCampaignE2ETest {

    private static final Path KIOSK_FRAMES = Path.of("target", "test-camera-frames");
    private static final Screen TABLET = Screen.TABLET;

    @org.springframework.beans.factory.annotation.Autowired
    vn.dvc.kiosk.dossier.Dossiers dossiers;

    @LocalServerPort
    int port;

    @AfterEach
    void emptyKioskCamera() throws IOException {
        if (Files.isDirectory(KIOSK_FRAMES)) {
            try (var files = Files.list(KIOSK_FRAMES)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Test
    void aStudentHelpsAResidentThroughAllFourStepsAndTheGroupLeaderCountsIt() {
        try (KioskBrowser browser = new KioskBrowser(KioskBrowser.WITH_VOICES)) {
            Page student = browser.newVisitor(TABLET);
            StaffSteps.signIn(student, url(""), StaffSteps.STUDENT);
            student.locator("a.staff-tile[href='tu-van/cong-dan-so']").click();

            assertThat(student.locator("h1")).hasText("Giúp người dân trở thành công dân số");
            assertThat(student.locator("#ecitizen-figures-link")).hasCount(0);
            KioskBrowser.assertAccessible(student, "e-citizen start");
            browser.screenshot(student, TABLET, "ecitizen-01-start");
            portrait(student, "ecitizen-01-start");

            student.locator("#ecitizen-id-number input").fill("0010900");
            student.locator("#ecitizen-continue").click();
            assertThat(student.locator("#ecitizen-id-number")).containsText("Số định danh chưa đúng");
            assertThat(student.locator("#ecitizen-full-name")).containsText("Bạn chưa nhập họ và tên");

            student.locator("#ecitizen-id-number input").fill("001185004321");
            student.locator("#ecitizen-full-name input").fill("Nguyễn Thị Hoa");
            student.locator("#ecitizen-continue").click();

            assertThat(student.locator("h1")).hasText("Đồng ý lưu thông tin");
            assertThat(student.locator("#ecitizen-consent-text")).containsText("Nguyễn Thị Hoa");
            assertThat(student.locator("#ecitizen-consent-text")).containsText("4321");
            assertThat(student.locator("#ecitizen-consent-text")).containsText("Số định danh đầy đủ không được lưu");
            assertThat(student.locator("#ecitizen-read-aloud")).isVisible();
            KioskBrowser.assertAccessible(student, "e-citizen consent");
            browser.screenshot(student, TABLET, "ecitizen-02-consent");
            portrait(student, "ecitizen-02-consent");
            student.locator("#ecitizen-agree").click();

            assertThat(student.locator("h1")).hasText("Các bước trở thành công dân số");
            assertThat(student.locator("#ecitizen-resident")).containsText("Nguyễn Thị Hoa");
            assertThat(student.locator("#ecitizen-tick-LEVEL2_IDENTITY")).hasCount(0);
            KioskBrowser.assertAccessible(student, "e-citizen checklist");
            browser.screenshot(student, TABLET, "ecitizen-03-checklist");

            tick(student, EcitizenStep.INSTALL_VNEID);
            tick(student, EcitizenStep.LEVEL2_IDENTITY);
            assertThat(student.locator("#ecitizen-untick-LEVEL2_IDENTITY")).isVisible();
            assertThat(student.locator("#ecitizen-untick-INSTALL_VNEID")).hasCount(0);
            assertThat(student.locator("#ecitizen-progress")).hasText("Đã xong 2 trên 4 bước.");
            KioskBrowser.assertAccessible(student, "e-citizen checklist half done");
            browser.screenshot(student, TABLET, "ecitizen-04-checklist-half");
            portrait(student, "ecitizen-04-checklist-half");

            // a tick by mistake is taken back the same day
            student.locator("#ecitizen-untick-LEVEL2_IDENTITY").click();
            assertThat(student.locator("#ecitizen-tick-LEVEL2_IDENTITY")).isVisible();
            tick(student, EcitizenStep.LEVEL2_IDENTITY);
            tick(student, EcitizenStep.PORTAL_SIGN_IN);
            tick(student, EcitizenStep.FIRST_ONLINE_DOSSIER);
            assertThat(student.locator("#ecitizen-progress")).hasText("Đã xong 4 trên 4 bước.");
            student.locator("#ecitizen-finish").click();

            assertThat(student.locator("#ecitizen-done-title")).hasText("Chúc mừng!");
            assertThat(student.locator("#ecitizen-done-resident")).hasText("Nguyễn Thị Hoa đã trở thành công dân số.");
            assertThat(student.locator("#ecitizen-done-steps li")).hasCount(4);
            KioskBrowser.assertAccessible(student, "e-citizen done");
            browser.screenshot(student, TABLET, "ecitizen-05-done");

            // typing the same ID again finds the same resident, with their steps
            student.locator("#ecitizen-done-another").click();
            student.locator("#ecitizen-id-number input").fill("001185004321");
            student.locator("#ecitizen-full-name input").fill("Nguyễn Thị Hoa");
            student.locator("#ecitizen-continue").click();
            assertThat(student.locator("#ecitizen-progress")).hasText("Đã xong 4 trên 4 bước.");

            student.navigate(url("/tu-van/chien-dich"));
            assertThat(student.locator("#ecitizen-campaign-refused"))
                    .containsText("Trang này dành cho trưởng nhóm tình nguyện và lãnh đạo.");
            assertThat(student.locator("table")).hasCount(0);
            KioskBrowser.assertAccessible(student, "e-citizen campaign refused");
            browser.screenshot(student, TABLET, "ecitizen-06-campaign-refused");

            // the leader also helped a resident file a dossier (the assisted journey has its own test)
            AdvisorTestDossiers.fileAssistedBy(dossiers, StaffSteps.ADVISOR, "Lê Minh Châu (tuvan)");
            Page leader = browser.newVisitor(TABLET);
            StaffSteps.signIn(leader, url(""), StaffSteps.ADVISOR);
            leader.locator("a.staff-tile[href='tu-van/cong-dan-so']").click();
            leader.locator("#ecitizen-figures-link").click();

            assertThat(leader.locator("h1")).hasText("Chiến dịch công dân số");
            assertThat(leader.locator("#ecitizen-campaign-scope")).containsText("Nhóm TCNSCD-DEMO");
            assertThat(leader.locator("#ecitizen-volunteer-sinhvien th")).hasText("Đỗ Gia Huy");
            // the 8th week column is this week
            assertThat(leader.locator("#ecitizen-volunteer-sinhvien td").nth(7)).hasText("1");
            assertThat(leader.locator("#ecitizen-total-dossiers .ecitizen-figure-number")).hasText("1");
            assertThat(leader.locator("#ecitizen-steps-FIRST_ONLINE_DOSSIER td")).hasText("1");
            // both kinds of help counted: the checklist above, the assisted filing here
            assertThat(leader.locator("#ecitizen-assisted-tuvan th")).hasText("Lê Minh Châu");
            assertThat(leader.locator("#ecitizen-assisted-tuvan td")).not().hasText("0");
            KioskBrowser.assertAccessible(leader, "e-citizen campaign");
            browser.screenshot(leader, TABLET, "ecitizen-07-campaign");
            portrait(leader, "ecitizen-07-campaign");

            Page director = browser.newVisitor(TABLET);
            StaffSteps.signIn(director, url(""), StaffSteps.LEADER);
            director.locator("a.staff-tile[href='tu-van/chien-dich']").click();
            assertThat(director.locator("#ecitizen-campaign-scope")).containsText("Mọi nhóm tình nguyện");
            assertThat(director.locator("#ecitizen-commune-00070 th")).containsText("Hoàn Kiếm");
            KioskBrowser.assertAccessible(director, "e-citizen campaign, all groups");
            browser.screenshot(director, TABLET, "ecitizen-08-campaign-all-groups");
        }
    }

    @Test
    void aCardScannedWithTheCameraIsEnrolledAndFoundAgain() throws IOException {
        Files.createDirectories(KIOSK_FRAMES);
        CardImageCorpus.writeCardPng(KIOSK_FRAMES.resolve("card.png"), CardImageCorpus.SECOND_CARD_PAYLOAD, 1280, 720);
        try (KioskBrowser browser = new KioskBrowser()) {
            Page page = browser.newVisitor(TABLET);
            StaffSteps.signIn(page, url(""), StaffSteps.STUDENT);
            page.navigate(url("/tu-van/cong-dan-so"));
            page.locator("#ecitizen-scan").click();

            assertThat(page.locator("h1")).hasText("Đồng ý lưu thông tin");
            assertThat(page.locator("#ecitizen-consent-text")).containsText("Trần Thị Ngọc Ánh");
            page.locator("#ecitizen-agree").click();
            assertThat(page.locator("#ecitizen-resident")).containsText("Trần Thị Ngọc Ánh");

            page.locator("#ecitizen-another").click();
            page.locator("#ecitizen-scan").click();
            assertThat(page.locator("#ecitizen-resident")).containsText("Trần Thị Ngọc Ánh");
            assertThat(page.locator("#ecitizen-progress")).hasText("Đã xong 0 trên 4 bước.");

            // the resident changes their mind: everything about them is deleted, and the next scan asks again
            page.locator("#ecitizen-forget").click();
            assertThat(page.locator("#ecitizen-forget-confirm")).isVisible();
            KioskBrowser.assertAccessible(page, "e-citizen forget dialog");
            browser.screenshot(page, TABLET, "ecitizen-09-forget");
            page.locator("#ecitizen-forget-confirm").click();
            assertThat(page.locator("#ecitizen-forgotten")).hasText("Đã xoá toàn bộ thông tin của người dân này.");
            page.navigate(url("/tu-van/cong-dan-so"));
            page.locator("#ecitizen-scan").click();
            assertThat(page.locator("h1")).hasText("Đồng ý lưu thông tin");
            page.locator("#ecitizen-decline").click();
            assertThat(page.locator("h1")).hasText("Giúp người dân trở thành công dân số");
        }
    }

    /** The same tablet turned upright (800x1280; not one of KioskBrowser's screens): a screenshot and an axe scan. */
    private static void portrait(Page page, String name) {
        page.setViewportSize(800, 1280);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", name + "-tablet-portrait-800x1280.png")));
        KioskBrowser.assertAccessible(page, name + " in portrait");
        page.setViewportSize(TABLET.width, TABLET.height);
    }

    private static void tick(Page page, EcitizenStep step) {
        page.locator("#ecitizen-tick-" + step.name()).click();
        assertThat(page.locator("#ecitizen-step-" + step.name())).containsText("Người giúp: Đỗ Gia Huy");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
