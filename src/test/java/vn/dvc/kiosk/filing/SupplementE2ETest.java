package vn.dvc.kiosk.filing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;


import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvc.kiosk.calendar.ProcessingPeriod;
import vn.dvc.kiosk.dossier.Applicant;
import vn.dvc.kiosk.dossier.DocumentKind;
import vn.dvc.kiosk.dossier.DocumentPage;
import vn.dvc.kiosk.dossier.DossierAction;
import vn.dvc.kiosk.dossier.DossierApplication;
import vn.dvc.kiosk.dossier.DossierProcessing;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.HandedInDocument;
import vn.dvc.kiosk.dossier.ResultDelivery;
import vn.dvc.kiosk.dossier.SubmissionChannel;
import vn.dvc.kiosk.dossier.SubmittedDossier;
import vn.dvc.kiosk.shared.web.LookupRateLimiter;
import vn.dvc.kiosk.support.KioskBrowser;
import vn.dvc.kiosk.support.KioskBrowser.Screen;
import vn.dvc.kiosk.support.KioskIntegrationTest;
import vn.dvc.kiosk.support.PhotographedPapers;

/**
 * An officer asks for a copy of the birth certificate. The resident finds the dossier by its code and ID digits at the
 * kiosk (or opens the receipt's QR link on a tablet), sees where it is and what was asked, photographs the paper,
 * writes a line to the officer (by QR link: gets the ID digits wrong once), sends, and sees processing resume. Later, with the result returned, they rate the service with a face.
 */
@KioskIntegrationTest
class SupplementE2ETest {

    private static final String OFFICER = "Trần Thu Hà (UBND xã Yên Bình)";

    @LocalServerPort
    int port;

    @Autowired
    Dossiers dossiers;

    @Autowired
    DossierProcessing processing;

    @Autowired
    LookupRateLimiter limiter;

    @AfterEach
    void giveTheAllowanceBack() {
        for (String client : new String[] {"127.0.0.1", "0:0:0:0:0:0:0:1", null}) {
            limiter.forget(client);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Screen.class, names = {"KIOSK_PORTRAIT", "TABLET"})
    void aResidentSendsTheMissingPaperAndLaterRatesTheService(Screen screen) throws IOException {
        SubmittedDossier dossier = submit();
        processing.act(dossier.code(), DossierAction.ACCEPT, null, OFFICER);
        processing.act(dossier.code(), DossierAction.START_PROCESSING, null, OFFICER);
        processing.act(dossier.code(), DossierAction.REQUEST_SUPPLEMENT,
                "Bản sao giấy chứng sinh có chứng thực", OFFICER);

        try (KioskBrowser browser = new KioskBrowser()) {
            Page page = browser.newVisitor(screen);
            // at the kiosk the resident types code and digits; on a tablet or phone they open the receipt's QR link,
            // and are asked the digits before sending
            boolean byQr = screen == Screen.TABLET;
            if (byQr) {
                page.navigate(url("/theo-doi/" + dossier.trackingToken()));
            } else {
                page.navigate(url("/tra-cuu"));
                page.locator("#track-code input").fill(dossier.code());
                page.locator("#track-digits input").fill("2345");
                page.locator("#track-find").click();
            }

            assertThat(page.locator("#tracking-supplement-request"))
                    .hasText("Bản sao giấy chứng sinh có chứng thực");
            assertThat(page.locator("#timeline-SUPPLEMENT_REQUESTED")).containsText("Bây giờ: Cần bổ sung");
            assertThat(page.locator("#tracking-next")).containsText("Mời bạn bổ sung giấy tờ");
            KioskBrowser.assertAccessible(page, "tracking with a request for papers");
            browser.screenshot(page, screen, "40-tracking-supplement-requested");

            page.locator("#tracking-supplement").click();
            String of = byQr ? " / 3" : " / 2";
            assertThat(page.locator(".question-count")).hasText("Bước 1" + of);
            page.locator("#supplement-next").click();
            assertThat(page.locator("#supplement-problem")).containsText("Bạn chưa chụp trang nào");
            KioskBrowser.assertAccessible(page, "supplement pages, none yet");
            browser.screenshot(page, screen, "41-supplement-no-page");

            Path photo = PhotographedPapers.page("ban-sao-giay-chung-sinh.png", "GIAY CHUNG SINH (BAN SAO)");
            page.waitForFileChooser(() -> page.locator("#upload-file vaadin-button").click()).setFiles(photo);
            assertThat(page.locator(".document-page")).hasCount(1);
            assertThat(page.locator("#supplement-problem")).isHidden();
            KioskBrowser.assertAccessible(page, "supplement with a page");
            browser.screenshot(page, screen, "42-supplement-page");
            page.locator("#supplement-next").click();

            assertThat(page.locator(".question-count")).hasText("Bước 2" + of);
            page.locator("#supplement-note textarea").fill("Tôi gửi bản sao có chứng thực.");
            KioskBrowser.assertAccessible(page, "supplement note");
            browser.screenshot(page, screen, "43-supplement-note");
            if (byQr) {
                page.locator("#supplement-next").click();
                assertThat(page.locator(".question-count")).hasText("Bước 3 / 3");
                page.locator("#supplement-digits input").fill("9999");
                page.locator("#supplement-send").click();
                assertThat(page.locator("#supplement-problem")).containsText("4 số này chưa đúng");
                KioskBrowser.assertAccessible(page, "supplement digits wrong");
                browser.screenshot(page, screen, "44-supplement-digits-wrong");
                page.locator("#supplement-digits input").fill("2345");
            }
            page.locator("#supplement-send").click();

            assertThat(page.locator("#supplement-done")).hasText("Cán bộ đã nhận 1 trang giấy tờ bạn gửi.");
            assertThat(page.locator("#supplement-code")).hasText(dossier.code());
            KioskBrowser.assertAccessible(page, "supplement sent");
            browser.screenshot(page, screen, "45-supplement-sent");

            page.locator("#supplement-track").click();
            assertThat(page.locator("#timeline-PROCESSING")).containsText("Bây giờ");
            assertThat(page.locator("#timeline-SUPPLEMENT_REQUESTED")).containsText("Đã bổ sung giấy tờ");
            assertThat(page.locator("#tracking-supplement")).hasCount(0);
            browser.screenshot(page, screen, "46-tracking-after-supplement");

            processing.act(dossier.code(), DossierAction.FINISH, null, OFFICER);
            processing.returnResult(dossier.code(), ResultDelivery.COUNTER, null, OFFICER);
            page.reload();
            assertThat(page.locator("#rating-5")).containsText("Rất hài lòng");
            page.locator("#rating-4").click();
            assertThat(page.locator("#rating-4")).hasAttribute("aria-pressed", "true");
            page.locator("#rating-comment textarea").fill("Cán bộ hướng dẫn tận tình.");
            KioskBrowser.assertAccessible(page, "rating");
            browser.screenshot(page, screen, "47-tracking-rating");
            page.locator("#rating-send").click();
            assertThat(page.locator("#rating-thanks")).hasText("Cảm ơn bạn đã đánh giá!");
            browser.screenshot(page, screen, "48-tracking-rated");
        }
    }

    private SubmittedDossier submit() {
        return dossiers.submit(new DossierApplication("E2E." + UUID.randomUUID().toString().substring(0, 8),
                "Đăng ký khai sinh", ProcessingPeriod.workingDays(3), new Applicant("001190012345",
                        "Nguyễn Thị Lan", LocalDate.of(1990, 3, 14), "Nữ", "Số 5 phố Huế, Hà Nội"),
                List.of(), ResultDelivery.COUNTER, null, "0901234567", null, SubmissionChannel.ONLINE, null, null,
                null, List.of(new HandedInDocument("Giấy chứng sinh", DocumentKind.ORIGINAL,
                        List.of(new DocumentPage("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1}))))));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
