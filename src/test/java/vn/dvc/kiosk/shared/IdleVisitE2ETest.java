package vn.dvc.kiosk.shared;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.dvc.kiosk.support.ResidentSteps.choose;
import static vn.dvc.kiosk.support.ResidentSteps.identifyByHand;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvc.kiosk.support.KioskBrowser;
import vn.dvc.kiosk.support.KioskBrowser.Screen;
import vn.dvc.kiosk.support.KioskIntegrationTest;
import vn.dvc.kiosk.support.VisitTraces;

/**
 * A resident walks away in the middle of filing: the kiosk asks, counts down, then forgets them, and the next
 * visitor finds nothing of them (screen, back button, session, storage). Time is fast-forwarded with Playwright's
 * clock instead of waiting two minutes.
 */
@KioskIntegrationTest
class IdleVisitE2ETest {

    @LocalServerPort
    int port;

    @Test
    void aResidentWhoWalksAwayIsForgotten() {
        try (KioskBrowser browser = new KioskBrowser()) {
            Page page = browser.newVisitor(Screen.KIOSK_PORTRAIT);
            page.clock().install();
            page.navigate(url("/dinh-danh/nhap-tay?thu-tuc=1.001193"));
            identifyByHand(page);
            assertThat(page.locator("#card-name")).hasText("Nguyễn Văn An");
            page.locator("#confirm-yes").click();
            assertThat(page.locator("h1")).hasText("Bạn có đồng ý cho dùng thông tin trên thẻ không?");
            page.evaluate("() => localStorage.setItem('left-behind', 'x')");

            page.clock().fastForward(91_000);
            Locator dialog = page.getByRole(AriaRole.ALERTDIALOG);
            assertThat(dialog).containsText("Bạn còn ở đó không?");
            KioskBrowser.assertAccessible(page, "idle countdown");
            browser.screenshot(page, Screen.KIOSK_PORTRAIT, "30-idle-countdown");

            page.locator("#idle-guard #stay").click();
            assertThat(dialog).isHidden();

            page.clock().fastForward(91_000);
            assertThat(dialog).isVisible();
            page.clock().runFor(31_000);

            assertThat(page.locator("h1")).hasText("Bạn cần làm thủ tục gì?");
            assertThat(page.evaluate("() => localStorage.getItem('left-behind')")).isNull();
            page.goBack();
            page.navigate(url("/dinh-danh/xac-nhan"));
            assertThat(page.locator("main")).containsText("Chưa có thông tin thẻ nào");
            page.navigate(url("/nop-ho-so/1.001193/dong-y"));
            assertThat(page.locator("h1")).hasText("Cho máy đọc thẻ căn cước");
            assertThat(page.locator("body")).not().containsText("Nguyễn Văn An");
        }
    }

    /**
     * The same end with the camera running and every kind of browser storage used: the tracks are stopped by the
     * app before it leaves (not just by the unload), storage, IndexedDB, Cache Storage and readable cookies are
     * emptied, the session is new, and Back leads to nothing of the resident's. The countdown is the test above's;
     * here the guard's end, what the countdown runs at zero, is called at once: Playwright's fake clock would also
     * hold up the pages Back leads to.
     */
    @Test
    void aResidentWhoWalksAwayFromTheCameraLeavesNothingBehind() {
        try (KioskBrowser browser = new KioskBrowser(List.of("--use-fake-ui-for-media-stream",
                "--use-fake-device-for-media-stream"))) {
            Page page = browser.newVisitor(Screen.KIOSK_PORTRAIT);
            VisitTraces traces = VisitTraces.record(page);
            page.navigate(url("/dinh-danh/nhap-tay?thu-tuc=1.001193"));
            identifyByHand(page);
            assertThat(page.locator("#card-name")).hasText("Nguyễn Văn An");
            page.navigate(url("/dinh-danh/camera?thu-tuc=1.001193"));
            assertThat(page.locator("kiosk-qr-camera")).isVisible();
            page.waitForCondition(() -> !traces.startedTracks().isEmpty());
            page.evaluate("""
                    async () => {
                      localStorage.setItem('left-behind', 'x');
                      sessionStorage.setItem('left-behind', 'x');
                      document.cookie = 'left-behind=x; path=/';
                      await new Promise((done) => { indexedDB.open('left-behind').onsuccess = done; });
                      await (await caches.open('left-behind')).put('/left-behind', new Response('x'));
                    }
                    """);
            String sessionBefore = VisitTraces.sessionId(page);

            page.evaluate("() => document.querySelector('#idle-guard').end()");

            assertThat(page.locator("main h1")).hasText("Bạn cần làm thủ tục gì?");
            assertThat(traces.tracksNotStopped()).as("camera tracks never stopped").isEmpty();
            assertThat(VisitTraces.sessionId(page)).isNotNull().isNotEqualTo(sessionBefore);
            VisitTraces.assertStorageEmpty(page);
            for (int back = 1; back <= 2; back++) { // the confirmation, then the manual entry screen
                VisitTraces.back(page).showsNoneOf("Back #" + back, List.of("Nguyễn Văn An", "001090012345"));
            }
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
