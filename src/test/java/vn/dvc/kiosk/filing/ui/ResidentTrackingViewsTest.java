package vn.dvc.kiosk.filing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvc.kiosk.calendar.ProcessingPeriod;
import vn.dvc.kiosk.dossier.Applicant;
import vn.dvc.kiosk.dossier.DocumentKind;
import vn.dvc.kiosk.dossier.DocumentPage;
import vn.dvc.kiosk.dossier.DossierAction;
import vn.dvc.kiosk.dossier.DossierApplication;
import vn.dvc.kiosk.dossier.DossierProcessing;
import vn.dvc.kiosk.dossier.DossierStatus;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.HandedInDocument;
import vn.dvc.kiosk.dossier.ResultDelivery;
import vn.dvc.kiosk.dossier.SubmissionChannel;
import vn.dvc.kiosk.dossier.SubmittedDossier;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.shared.web.LookupRateLimiter;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * The tracking page's timeline, sending the papers an officer asked for, and the rating, without a browser.
 */
@KioskIntegrationTest
class ResidentTrackingViewsTest extends SpringBrowserlessTest {

    private static final String OFFICER = "Trần Thu Hà (UBND xã Yên Bình)";

    @Autowired
    Dossiers dossiers;

    @Autowired
    DossierProcessing processing;

    @Autowired
    LookupRateLimiter limiter;

    @AfterEach
    void giveTheAllowanceBack() {
        limiter.forget(null);
    }

    @Test
    void theTimelineShowsWhatWasAskedAndThePapersAreSentStepByStep() throws IOException {
        SubmittedDossier dossier = submit();
        processing.act(dossier.code(), DossierAction.ACCEPT, null, OFFICER);
        processing.act(dossier.code(), DossierAction.START_PROCESSING, null, OFFICER);
        processing.act(dossier.code(), DossierAction.REQUEST_SUPPLEMENT, "Bản sao giấy chứng sinh", OFFICER);

        UI.getCurrent().navigate("theo-doi/" + dossier.trackingToken());
        assertThat(find(ListItem.class).withId("timeline-SUPPLEMENT_REQUESTED").single().getElement()
                .getTextRecursively().strip()).startsWith("Bây giờ: Cần bổ sung · ngày ");
        assertThat(find(ListItem.class).withId("timeline-SUPPLEMENT_REQUESTED").single().getElement()
                .getAttribute("aria-current")).isEqualTo("step");
        assertThat(find(ListItem.class).withId("timeline-SUBMITTED").single().getElement().getTextRecursively())
                .contains("Đã nộp · ngày ");
        assertThat(find(ListItem.class).withId("timeline-COMPLETED").single().getElement().getTextRecursively())
                .contains("Đã có kết quả · chưa tới");
        assertThat(find(Paragraph.class).withId("tracking-next").single().getText())
                .startsWith("Mời bạn bổ sung giấy tờ");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Bản sao giấy chứng sinh");
        Anchor start = find(Anchor.class).withId("tracking-supplement").single();
        assertThat(start.getHref()).isEqualTo("bo-sung/" + dossier.trackingToken());

        UI.getCurrent().navigate(start.getHref());
        assertThat(getCurrentView().getClass()).isEqualTo(SupplementView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Bước 1 / 3",
                "Cán bộ cần: Bản sao giấy chứng sinh.");
        test(find(Button.class).withId("supplement-next").single()).click();
        assertThat(find(Paragraph.class).withId("supplement-problem").single().getText())
                .startsWith("Bạn chưa chụp trang nào");

        test(find(Upload.class).withId("upload-file").single()).upload("to-khai.png", "image/png", png());
        test(find(Upload.class).withId("upload-file").single()).upload("hong.png", "image/png", new byte[] {1, 2});
        assertThat(find(Paragraph.class).withId("supplement-problem").single().getText())
                .startsWith("Máy chỉ nhận ảnh JPG, PNG");
        assertThat(find(Button.class).withId("remove-page-1").all()).hasSize(1);
        test(find(Button.class).withId("supplement-next").single()).click();

        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Bước 2 / 3");
        test(find(TextArea.class).withId("supplement-note").single()).setValue("Tôi gửi bản sao.");
        test(find(Button.class).withId("supplement-next").single()).click();

        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Bước 3 / 3", "Sẽ gửi 1 trang");
        test(find(TextField.class).withId("supplement-digits").single()).setValue("9999");
        test(find(Button.class).withId("supplement-send").single()).click();
        assertThat(find(Paragraph.class).withId("supplement-problem").single().getText())
                .startsWith("4 số này chưa đúng");
        assertThat(processing.detail(dossier.code()).orElseThrow().status())
                .isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);

        test(find(TextField.class).withId("supplement-digits").single()).setValue("2345");
        test(find(Button.class).withId("supplement-send").single()).click();
        assertThat(getCurrentView().getClass()).isEqualTo(SupplementSentView.class);
        assertThat(find(Paragraph.class).withId("supplement-done").single().getText())
                .isEqualTo("Cán bộ đã nhận 1 trang giấy tờ bạn gửi.");
        var detail = processing.detail(dossier.code()).orElseThrow();
        assertThat(detail.status()).isEqualTo(DossierStatus.BEING_PROCESSED);
        assertThat(detail.documents().getLast().name()).startsWith("Giấy tờ bổ sung ngày ");
        assertThat(detail.history().getLast().reason()).isEqualTo("Tôi gửi bản sao.");

        UI.getCurrent().navigate("bo-sung/" + dossier.trackingToken());
        assertThat(find(Paragraph.class).withId("supplement-not-needed").single().getText())
                .startsWith("Hồ sơ này hiện không cần bổ sung");
    }

    @Test
    void aResidentWhoFoundTheDossierWithTheirDigitsIsNotAskedThemAgain() {
        SubmittedDossier dossier = submit();
        processing.act(dossier.code(), DossierAction.ACCEPT, null, OFFICER);
        processing.act(dossier.code(), DossierAction.START_PROCESSING, null, OFFICER);
        processing.act(dossier.code(), DossierAction.REQUEST_SUPPLEMENT, "Tờ khai có chữ ký", OFFICER);

        UI.getCurrent().navigate("tra-cuu");
        test(find(TextField.class).withId("track-code").single()).setValue(dossier.code());
        test(find(TextField.class).withId("track-digits").single()).setValue("2345");
        test(find(Button.class).withId("track-find").single()).click();
        UI.getCurrent().navigate(find(Anchor.class).withId("tracking-supplement").single().getHref());
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Bước 1 / 2");
        test(find(Button.class).withId("supplement-next").single()).click();
        assertThat(find(Paragraph.class).withId("supplement-problem").single().isVisible()).isTrue();

        UI.getCurrent().navigate("bo-sung/" + dossier.trackingToken());
        test(find(Button.class).withId("supplement-next").single()).click();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Bước 1 / 2");
        test(find(Upload.class).withId("upload-photo").single()).upload("ky.jpg", "image/jpeg", jpeg());
        test(find(Button.class).withId("supplement-next").single()).click();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Bước 2 / 2");
        test(find(Button.class).withId("supplement-send").single()).click();

        assertThat(getCurrentView()).isInstanceOf(SupplementSentView.class);
        assertThat(processing.detail(dossier.code()).orElseThrow().status())
                .isEqualTo(DossierStatus.BEING_PROCESSED);
    }

    @Test
    void inEnglishTheTimelineAndTheSupplementScreenSpeakEnglish() {
        SubmittedDossier dossier = submit();
        processing.act(dossier.code(), DossierAction.ACCEPT, null, OFFICER);
        processing.act(dossier.code(), DossierAction.START_PROCESSING, null, OFFICER);
        processing.act(dossier.code(), DossierAction.REQUEST_SUPPLEMENT, "Bản sao giấy chứng sinh", OFFICER);
        UI.getCurrent().getSession().setLocale(KioskLocales.ENGLISH);

        UI.getCurrent().navigate("theo-doi/" + dossier.trackingToken());
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Where your dossier is now",
                "Now: More papers needed · on ", "Result ready · not yet", "Please add the papers",
                "The officer needs from you", "Add papers");
        UI.getCurrent().navigate("bo-sung/" + dossier.trackingToken());
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Step 1 of 3",
                "Photograph the papers asked for", "The officer needs: Bản sao giấy chứng sinh.");
    }

    @Test
    void aTokenOpensOnlyItsOwnDossierAndNoPapersAreAskedOfANewOne() {
        SubmittedDossier dossier = submit();
        UI.getCurrent().navigate("bo-sung/" + dossier.trackingToken());
        assertThat(find(Paragraph.class).withId("supplement-not-needed").all()).hasSize(1);
        assertThat(find(Upload.class).all()).isEmpty();

        UI.getCurrent().navigate("bo-sung/AbCdEfGhIjKlMnOpQrStUv");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Không tìm thấy hồ sơ này");
        assertThat(find(Upload.class).all()).isEmpty();

        UI.getCurrent().navigate("theo-doi/" + dossier.trackingToken());
        assertThat(find(Anchor.class).withId("tracking-supplement").all()).isEmpty();
        assertThat(find(Div.class).withId("rating").all()).isEmpty();
    }

    @Test
    void aReturnedResultIsRatedOnceWithAFace() {
        SubmittedDossier dossier = submit();
        processing.act(dossier.code(), DossierAction.ACCEPT, null, OFFICER);
        processing.act(dossier.code(), DossierAction.START_PROCESSING, null, OFFICER);
        processing.act(dossier.code(), DossierAction.FINISH, null, OFFICER);
        processing.returnResult(dossier.code(), ResultDelivery.COUNTER, null, OFFICER);

        UI.getCurrent().navigate("theo-doi/" + dossier.trackingToken());
        assertThat(find(ListItem.class).withId("timeline-COMPLETED").single().getElement().getTextRecursively()
                .strip()).startsWith("Bây giờ: Đã có kết quả · ngày ");
        assertThat(find(Span.class).withClassName("identify-choice-name").all()).extracting(Span::getText)
                .containsExactly("Rất không hài lòng", "Không hài lòng", "Bình thường", "Hài lòng", "Rất hài lòng");
        assertThat(find(NativeButton.class).all()).hasSize(5);
        test(find(Button.class).withId("rating-send").single()).click();
        assertThat(find(Paragraph.class).withId("rating-problem").single().getText())
                .isEqualTo("Bạn hãy chạm vào một hình mặt trước.");

        test(find(NativeButton.class).withId("rating-5").single()).click();
        assertThat(find(NativeButton.class).withId("rating-5").single().getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        test(find(TextArea.class).withId("rating-comment").single()).setValue("Nhanh gọn");
        test(find(Button.class).withId("rating-send").single()).click();
        assertThat(find(Paragraph.class).withId("rating-thanks").single().getText())
                .isEqualTo("Cảm ơn bạn đã đánh giá!");

        UI.getCurrent().navigate("theo-doi/" + dossier.trackingToken());
        assertThat(find(NativeButton.class).all()).isEmpty();
        assertThat(find(Paragraph.class).withId("tracking-next").single().getText())
                .startsWith("Bạn đã nhận kết quả. Hồ sơ đã xong");
        assertThat(find(Paragraph.class).withId("rating-thanks").single().getText())
                .isEqualTo("Hồ sơ này đã được đánh giá rồi. Cảm ơn bạn!");
    }

    private static byte[] jpeg() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "jpeg", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }

    private SubmittedDossier submit() {
        return dossiers.submit(new DossierApplication("BT." + UUID.randomUUID().toString().substring(0, 8),
                "Đăng ký khai sinh", ProcessingPeriod.workingDays(3), new Applicant("001190012345",
                        "Nguyễn Thị Lan", LocalDate.of(1990, 3, 14), "Nữ", "Số 5 phố Huế, Hà Nội"),
                List.of(), ResultDelivery.COUNTER, null, "0901234567", null, SubmissionChannel.IN_PERSON, null, null,
                17L, List.of(new HandedInDocument("Giấy chứng sinh", DocumentKind.ORIGINAL,
                        List.of(new DocumentPage("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1}))))));
    }
}
