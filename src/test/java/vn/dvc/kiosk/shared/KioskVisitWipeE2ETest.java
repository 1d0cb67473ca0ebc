package vn.dvc.kiosk.shared;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvc.kiosk.identity.scan.CardImageCorpus;
import vn.dvc.kiosk.support.FakeCameraVideo;
import vn.dvc.kiosk.support.KioskBrowser;
import vn.dvc.kiosk.support.KioskBrowser.Screen;
import vn.dvc.kiosk.support.KioskIntegrationTest;
import vn.dvc.kiosk.support.ResidentSteps;
import vn.dvc.kiosk.support.VisitTraces;
import vn.dvc.kiosk.support.VisitTraces.ScreenContents;

/**
 * Two residents at the same kiosk, in the same browser, one after the other. Visitor A identifies with the camera,
 * files "Xóa đăng ký tạm trú" with answers nobody else would type, gets the receipt and taps "Finish". Then nothing of
 * A is left: not in the session, the browser's storage, the cookies, the camera, behind the Back button, nor on any
 * screen visitor B walks through; no screen of either visit offers a way out of the app.
 */
@KioskIntegrationTest
class KioskVisitWipeE2ETest {

    private static final String PROCEDURE = "1.010028";
    private static final String HOME_QUESTION = "Bạn cần làm thủ tục gì?";
    private static final String SUBJECT = "Trần Thị Bích Ngọc";
    private static final String SUBJECT_ID = "036188009876";
    private static final String REASON = "Đã chuyển về quê ở với con gái";
    private static final String PHONE = "0987654321";
    private static final String EMAIL = "bichngoc.tran@example.vn";
    /** what A's card says */
    private static final String CARD_NAME = "Nguyễn Văn An";
    private static final String CARD_ID = "001090012345";

    @LocalServerPort
    int port;

    @Test
    void theNextVisitorFindsNothingOfTheOneWhoFinished() throws Exception {
        Path video = FakeCameraVideo.write(CardImageCorpus.cardFrame(CardImageCorpus.ID_CARD_PAYLOAD, 640, 480),
                Path.of("target", "fake-camera", "wipe-card.y4m"), 5);
        try (KioskBrowser browser = new KioskBrowser(List.of("--use-fake-ui-for-media-stream",
                "--use-fake-device-for-media-stream", "--use-file-for-fake-video-capture=" + video.toAbsolutePath()))) {
            Page page = browser.newVisitor(Screen.KIOSK_PORTRAIT);
            VisitTraces traces = VisitTraces.record(page);
            List<ScreenContents> seen = new ArrayList<>();

            String dossierCode = visitorAFilesAndFinishes(page, seen);
            List<String> secrets = List.of(SUBJECT, SUBJECT_ID, REASON, PHONE, EMAIL, CARD_NAME, CARD_ID, dossierCode);

            // the attract screen, a new session, an empty browser, the camera released by the app itself
            assertThat(page.locator("main h1")).hasText(HOME_QUESTION);
            assertThat(page).hasURL(url("/"));
            assertThat(traces.startedTracks()).as("the camera screen was opened").isNotEmpty();
            assertThat(traces.tracksNotStopped()).as("camera tracks never stopped").isEmpty();
            VisitTraces.assertStorageEmpty(page);
            KioskBrowser.assertAccessible(page, "home after a visit was wiped");

            // Back, again and again: every screen is drawn anew from the new session, with nothing of A's
            for (int back = 1; back <= 6; back++) {
                VisitTraces.back(page).showsNoneOf("Back #" + back + " from " + page.url(), secrets);
            }

            int firstOfB = seen.size();
            visitorBWalksTheSameScreens(browser, page, seen);
            for (ScreenContents screen : seen.subList(firstOfB, seen.size())) {
                screen.showsNoneOf("a screen of visitor B", secrets);
            }
            for (ScreenContents screen : seen) {
                screen.keepsTheResidentInTheApp("a screen of either visit", url(""));
            }
            assertThat(traces.downloads()).as("downloads").isZero();
        }
    }

    /**
     * When home is slow, the old screen can hear that its session ended before the browser gets home, and Flow
     * reloads it (seen under load: the receipt came back as its tracking page). Such a reload goes home at once.
     */
    @Test
    void aScreenReloadedWhileTheBrowserGoesHomeGoesHomeInstead() {
        try (KioskBrowser browser = new KioskBrowser()) {
            Page page = browser.newVisitor(Screen.KIOSK_PORTRAIT);
            page.navigate(url("/"));
            // what the end of a visit writes down just before it leaves for home
            page.evaluate("sessionStorage.setItem('dvc-visit-ended', '/')");
            page.navigate(url("/tra-cuu"));

            assertThat(page).hasURL(url("/"));
            assertThat(page.locator("main h1")).hasText(HOME_QUESTION);
            VisitTraces.assertStorageEmpty(page);
            page.navigate(url("/tra-cuu"));
            assertThat(page).hasURL(url("/tra-cuu")); // crossed out at home: other pages open as usual
        }
    }

    /** Returns the dossier code on A's receipt; checks the old session is refused once A has finished. */
    private String visitorAFilesAndFinishes(Page page, List<ScreenContents> seen) throws IOException,
            InterruptedException {
        page.navigate(url("/"));
        assertThat(page.locator("main h1")).hasText(HOME_QUESTION);
        seen.add(VisitTraces.contents(page));
        page.navigate(url("/thu-tuc/" + PROCEDURE));
        seen.add(VisitTraces.contents(page));
        page.locator("#procedure-start").click();
        page.locator("#choice-device").click();
        assertThat(page.locator("#card-name")).hasText(CARD_NAME);
        seen.add(VisitTraces.contents(page));
        page.locator("#confirm-yes").click();
        page.locator("#consent-agree").click();

        List<String> answers = List.of(SUBJECT, SUBJECT_ID, REASON, "", "", "", PHONE, EMAIL);
        for (int n = 1; n <= answers.size(); n++) {
            assertThat(page.locator(".question-count")).hasText("Câu " + n + " / 8");
            if (!answers.get(n - 1).isEmpty()) {
                page.locator("#answer input, #answer textarea").first().fill(answers.get(n - 1));
            }
            seen.add(VisitTraces.contents(page));
            page.locator("#question-next").click();
        }

        assertThat(page.locator(".question-count")).hasText("Giấy tờ 1 / 1");
        Path form = CardImageCorpus.writeCardPng(Path.of("target", "fake-camera", "wipe-ct01.png"),
                CardImageCorpus.ID_CARD_PAYLOAD, 1600, 1200);
        page.waitForFileChooser(() -> page.locator("#upload-file vaadin-button").click()).setFiles(form);
        assertThat(page.locator(".document-page")).hasCount(1);
        seen.add(VisitTraces.contents(page));
        page.locator("#document-next").click();

        assertThat(page.locator("#review-list")).containsText(SUBJECT);
        seen.add(VisitTraces.contents(page));
        page.locator("#review-next").click();
        assertThat(page.locator("#delivery-phone input")).hasValue(PHONE);
        seen.add(VisitTraces.contents(page));
        page.locator("#submit").click();

        assertThat(page.locator("#dossier-code")).hasText(Pattern.compile("^[0-9A-Z.]+-\\d{6}-\\d{4,}$"));
        String code = page.locator("#dossier-code").textContent().strip();
        seen.add(VisitTraces.contents(page));
        String sessionOfA = VisitTraces.sessionId(page);
        assertThat(sessionOfA).isNotNull();
        // what a script of some page could have kept of A
        page.evaluate("() => { localStorage.setItem('visitor', '" + SUBJECT + "');"
                + " sessionStorage.setItem('visitor', '" + SUBJECT + "'); document.cookie = 'visitor=A; path=/'; }");

        page.locator("#finish").click();
        assertThat(page.locator("main h1")).hasText(HOME_QUESTION);
        String sessionNow = VisitTraces.sessionId(page);
        assertThat(sessionNow).as("session after the visit").isNotNull().isNotEqualTo(sessionOfA);
        assertTheOldSessionIsGone(sessionOfA);
        return code;
    }

    /** Someone replaying A's session cookie is given a new session, not A's. */
    private void assertTheOldSessionIsGone(String sessionOfA) throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/")))
                .header("Cookie", "JSESSIONID=" + sessionOfA).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.headers().allValues("Set-Cookie")).as("cookies set for a replayed old session")
                .anyMatch(cookie -> cookie.startsWith("JSESSIONID=") && !cookie.startsWith("JSESSIONID=" + sessionOfA));
    }

    /** B starts at home, identifies by hand (another person), and goes through the same form up to delivery. */
    private void visitorBWalksTheSameScreens(KioskBrowser browser, Page page, List<ScreenContents> seen) {
        page.locator("#nav-home").click(); // B finds the kiosk on whatever screen Back left it, and taps Home
        assertThat(page.locator("main h1")).hasText(HOME_QUESTION);
        browser.screenshot(page, Screen.KIOSK_PORTRAIT, "90-next-visitor-home");
        seen.add(VisitTraces.contents(page));
        page.locator("#help").click();
        assertThat(page.getByRole(AriaRole.DIALOG)).containsText("Chúng tôi luôn sẵn sàng giúp bạn");
        seen.add(VisitTraces.contents(page));
        page.keyboard().press("Escape");

        page.navigate(url("/thu-tuc/" + PROCEDURE));
        seen.add(VisitTraces.contents(page));
        page.locator("#procedure-start").click();
        seen.add(VisitTraces.contents(page));
        page.locator("#choice-manual").click();
        seen.add(VisitTraces.contents(page));
        ResidentSteps.identifyByHand(page, "079095004321", "Lê Văn Cường", 3, 11, 1995);
        assertThat(page.locator("#card-name")).hasText("Lê Văn Cường");
        page.locator("#confirm-yes").click();
        assertThat(page.locator("#consent-agree")).isVisible();
        seen.add(VisitTraces.contents(page));
        page.locator("#consent-agree").click();

        List<String> answers = List.of("Phạm Thị Mai", "038190001122", "Chuyển chỗ làm", "", "",
                "Số 5 phố Huế, Hà Nội", "0911222333", "");
        for (int n = 1; n <= answers.size(); n++) {
            assertThat(page.locator(".question-count")).hasText("Câu " + n + " / 8");
            seen.add(VisitTraces.contents(page)); // before B types: nothing of A's is offered
            if (!answers.get(n - 1).isEmpty()) {
                page.locator("#answer input, #answer textarea").first().fill(answers.get(n - 1));
            }
            page.locator("#question-next").click();
        }
        assertThat(page.locator(".question-count")).hasText("Giấy tờ 1 / 1");
        seen.add(VisitTraces.contents(page));
        assertThat(page.locator(".document-page")).hasCount(0);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
