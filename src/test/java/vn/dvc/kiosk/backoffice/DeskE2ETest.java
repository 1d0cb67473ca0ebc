package vn.dvc.kiosk.backoffice;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvc.kiosk.dossier.DossierAction;
import vn.dvc.kiosk.dossier.DossierProcessing;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.support.KioskBrowser;
import vn.dvc.kiosk.support.KioskBrowser.Screen;
import vn.dvc.kiosk.support.KioskIntegrationTest;
import vn.dvc.kiosk.support.StaffSteps;

/**
 * The officer's day in a real Chromium: a birth registration with a photographed page and a PDF page is filed at the
 * demo desk; canbo signs in, opens the queue, finds the dossier by its procedure, opens it (by click, then by
 * keyboard), looks at a page large, accepts it, asks for a supplement and sees both steps in the history. Screenshots in target/screenshots (desk-*).
 */
@KioskIntegrationTest
class DeskE2ETest {

    private static final String MISSING = "Bản sao giấy chứng sinh có chứng thực (bản chụp bị mờ)";

    @LocalServerPort
    int port;

    @Autowired
    Dossiers dossiers;

    @Autowired
    DossierProcessing processing;

    @ParameterizedTest
    @EnumSource(value = Screen.class, names = {"TABLET", "KIOSK_LANDSCAPE"})
    void anOfficerAsksForASupplementAndSeesItInTheHistory(Screen screen) {
        try (KioskBrowser browser = new KioskBrowser()) {
            String procedureCode = DeskTestDossiers.uniqueProcedure();
            String code = DeskTestDossiers.file(dossiers, procedureCode);

            Page page = browser.newVisitor(screen);
            StaffSteps.signIn(page, url(""), StaffSteps.OFFICER);
            assertThat(page.locator("#staff-who")).containsText("Nguyễn Thị Lan");
            browser.screenshot(page, screen, "desk-01-workspace");

            page.locator("a.staff-tile[href='can-bo/ho-so']").click();
            assertThat(page.locator("#desk-queue-grid")).isVisible();
            Locator procedure = page.locator("#desk-filter-procedure input");
            procedure.click();
            procedure.fill(procedureCode);
            page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(procedureCode))
                    .first().click();
            // the grid keeps hidden cells of rows it drew before the filter: only the visible one counts
            Locator row = page.locator("vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions().setHasText(code).setVisible(true));
            assertThat(row).isVisible();
            waitForServer(page);
            browser.screenshot(page, screen, "desk-02-queue");
            KioskBrowser.assertAccessible(page, "desk queue");

            // the keyboard way in: a cell of the row focused, then Enter
            row.click();
            assertThat(page.locator("#desk-dossier-code")).hasText(code);
            page.locator("#desk-back").click();
            assertThat(page.locator("#desk-queue-grid")).isVisible();
            page.locator("#desk-filter-procedure input").fill(procedureCode);
            page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(procedureCode))
                    .first().click();
            // the unfiltered queue shows the row too: wait until the filtered page has arrived
            waitForServer(page);
            assertThat(page.locator("#desk-queue-grid")).not().hasAttribute("loading", "");
            assertThat(row).isVisible();
            page.locator("#desk-filter-overdue input").focus();
            // Tab reaches the grid's header, the next Tab its first row
            page.keyboard().press("Tab");
            page.keyboard().press("Tab");
            page.keyboard().press("Enter");
            assertThat(page.locator("#desk-summary")).containsText("Mới đăng ký");
            browser.screenshot(page, screen, "desk-03-dossier");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(browser.screenshotFile(screen, "desk-03-dossier-full-page", "png")));
            KioskBrowser.assertAccessible(page, "desk dossier");

            page.locator(".desk-page-open").first().click();
            assertThat(page.locator("#desk-zoom-image")).isVisible();
            page.locator("#desk-zoom-in").click();
            assertThat(page.locator("#desk-zoom-level")).hasText("Cỡ 125%");
            page.keyboard().press("-");
            assertThat(page.locator("#desk-zoom-level")).hasText("Cỡ 100%");
            browser.screenshot(page, screen, "desk-04-page-zoom");
            KioskBrowser.assertAccessible(page, "page zoom dialog");
            page.locator("#desk-zoom-close").click();
            assertThat(page.locator("#desk-zoom-image")).isHidden();

            page.locator("#desk-action-ACCEPT").click();
            page.locator("#desk-action-confirm").click();
            assertThat(page.locator("#desk-message")).containsText("Trạng thái mới: Đã tiếp nhận");

            page.locator("#desk-action-REQUEST_SUPPLEMENT").click();
            page.locator("#desk-action-confirm").click();
            assertThat(page.locator("#desk-action-reason")).containsText("Bạn hãy ghi rõ giấy tờ");
            page.locator("#desk-action-reason textarea").fill(MISSING);
            page.waitForTimeout(400); // the dialog's opening animation, for the screenshot only
            browser.screenshot(page, screen, "desk-05-supplement-dialog");
            KioskBrowser.assertAccessible(page, "supplement dialog");
            page.locator("#desk-action-confirm").click();

            assertThat(page.locator("#desk-message")).containsText("Trạng thái mới: Yêu cầu bổ sung");
            assertThat(page.locator("#desk-summary")).containsText("Yêu cầu bổ sung");
            assertThat(page.locator("#desk-history")).containsText(MISSING);
            assertThat(page.locator("#desk-history")).containsText("Nguyễn Thị Lan (canbo, 000.00.00.H01)");
            assertThat(page.locator("#desk-action-SUPPLEMENT_RECEIVED")).isVisible();
            assertThat(page.locator("#desk-action-dialog")).hasCount(0);
            browser.screenshot(page, screen, "desk-06-after-supplement");
            page.locator("#desk-history").scrollIntoViewIfNeeded();
            browser.screenshot(page, screen, "desk-07-history");
            KioskBrowser.assertAccessible(page, "desk dossier after an action");
        }
    }

    /** FINISH with the electronic result: a file that only says it is a PDF is refused, a real PDF is kept. */
    @Test
    void anOfficerFinishesWithTheElectronicResult() {
        String code = DeskTestDossiers.file(dossiers, DeskTestDossiers.uniqueProcedure());
        processing.act(code, DossierAction.ACCEPT, null, "Nguyễn Thị Lan (canbo, 000.00.00.H01)");
        processing.act(code, DossierAction.START_PROCESSING, null, "Nguyễn Thị Lan (canbo, 000.00.00.H01)");
        Screen screen = Screen.TABLET;
        try (KioskBrowser browser = new KioskBrowser()) {
            Page page = browser.newVisitor(screen);
            StaffSteps.signIn(page, url(""), StaffSteps.OFFICER);
            page.navigate(url("/can-bo/ho-so/" + code));

            finishWith(page, new FilePayload("ket-qua.pdf", "application/pdf", DeskTestDossiers.jpeg()));
            assertThat(page.locator("#desk-message")).hasText("Tệp kết quả không phải PDF. Bạn hãy chọn tệp PDF.");
            assertThat(page.locator("#desk-summary")).containsText("Đang xử lý");

            finishWith(page, new FilePayload("giay-khai-sinh.pdf", "application/pdf", DeskTestDossiers.minimalPdf()));
            page.waitForTimeout(400); // the dialog's opening animation, for the screenshot only
            browser.screenshot(page, screen, "desk-08-finish-dialog");
            page.locator("#desk-action-confirm").click();

            assertThat(page.locator("#desk-summary")).containsText("Đã xử lý xong");
            assertThat(page.locator("#desk-result-file")).containsText("giay-khai-sinh.pdf");
            assertThat(page.locator("#desk-action-RETURN_RESULT")).isVisible();
            assertThat(page.locator("#desk-action-dialog")).hasCount(0);
            browser.screenshot(page, screen, "desk-09-finished");
        }
    }

    /** Until no request to the server is on its way (what TestBench's waitForVaadin checks). */
    private static void waitForServer(Page page) {
        page.waitForFunction("() => { const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                + " return !!clients && Object.values(clients).every(c => !c.isActive || !c.isActive()); }");
    }

    private static void finishWith(Page page, FilePayload file) {
        page.locator("#desk-action-FINISH").click();
        page.locator("#desk-action-reason textarea").fill("Giấy khai sinh bản điện tử");
        page.locator("#desk-action-result input[type=file]").setInputFiles(file);
        assertThat(page.locator("#desk-action-result vaadin-upload-file[complete]")).isVisible();
        if (!"giay-khai-sinh.pdf".equals(file.name)) {
            page.locator("#desk-action-confirm").click();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
