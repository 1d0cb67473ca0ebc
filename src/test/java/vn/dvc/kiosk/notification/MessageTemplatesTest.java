package vn.dvc.kiosk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import vn.dvc.kiosk.dossier.DossierContact;
import vn.dvc.kiosk.dossier.DossierStatus;

class MessageTemplatesTest {

    private final MessageTemplates templates = new MessageTemplates("https://dvc.example.gov.vn/");

    private static DossierContact contact(DossierStatus status, String reason) {
        return new DossierContact("000.00.00.H01-261122-0001", "Nguyễn Thị Hoa", "Đăng ký khai sinh", "0912345678",
                "hoa@example.vn", LocalDate.of(2026, 11, 25), "AbCdEfGhIjKlMnOpQrStUv", status, reason);
    }

    @Test
    void everyResidentFacingStatusHasATextWithTheCodeAndTheTrackingLink() {
        for (DossierStatus status : DossierStatus.values()) {
            MessageTemplates.keyOf(status).ifPresent(key -> {
                DossierContact contact = contact(status, "Thiếu bản sao giấy chứng sinh");
                for (Locale locale : new Locale[] {MessageTemplates.VI, Locale.ENGLISH}) {
                    assertThat(templates.text(key, contact, locale, contact.lastReason()))
                            .contains(contact.code(), "https://dvc.example.gov.vn/theo-doi/AbCdEfGhIjKlMnOpQrStUv");
                }
            });
        }
        assertThat(MessageTemplates.keyOf(DossierStatus.NEWLY_REGISTERED)).isPresent();
        assertThat(MessageTemplates.keyOf(DossierStatus.BEING_PROCESSED)).isEmpty();
    }

    @Test
    void smsAreUnaccentedAsciiOfOneSegmentEvenWithALongReason() {
        String reason = "Ảnh chụp giấy chứng sinh bị mờ, không đọc được họ tên người mẹ và ngày sinh của trẻ; đề nghị "
                + "chụp lại rõ nét toàn bộ trang giấy";
        for (DossierStatus status : DossierStatus.values()) {
            MessageTemplates.keyOf(status).ifPresent(key -> {
                String sms = templates.sms(key, contact(status, reason));
                assertThat(sms).hasSizeLessThanOrEqualTo(MessageTemplates.SMS_LIMIT).matches("\\p{ASCII}+")
                        .contains("000.00.00.H01-261122-0001");
            });
        }
        assertThat(templates.sms("notify.supplement", contact(DossierStatus.SUPPLEMENT_REQUESTED, reason)))
                .startsWith("Ho so 000.00.00.H01-261122-0001 can bo sung: Anh chup giay chung sinh").contains("...");
        assertThat(MessageTemplates.gsm("Đăng ký Hồ sơ")).isEqualTo("Dang ky Ho so");
    }

    @Test
    void emailsAreVietnameseThenEnglishWithTheApplicantsName() {
        DossierContact contact = contact(DossierStatus.ACCEPTED, null);
        assertThat(templates.emailBody("notify.accepted", contact)).contains("Kính gửi Nguyễn Thị Hoa",
                "Dear Nguyễn Thị Hoa", "25/11/2026", "Thủ tục: Đăng ký khai sinh");
        assertThat(templates.emailSubject("notify.accepted", contact)).isEqualTo(
                "Hồ sơ 000.00.00.H01-261122-0001: đã tiếp nhận / Dossier 000.00.00.H01-261122-0001: received");
    }

    @Test
    void theBackoffDoublesUpToItsCap() {
        NotificationProperties properties = new NotificationProperties(new NotificationProperties.Delivery(true,
                Duration.ofSeconds(30), 8, Duration.ofSeconds(30), Duration.ofMinutes(5), 50),
                new NotificationProperties.Http("", "", Duration.ofSeconds(1)),
                new NotificationProperties.Http("", "", Duration.ofSeconds(1)), "");
        assertThat(properties.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.backoffAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(properties.backoffAfter(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(properties.backoffAfter(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.backoffAfter(20)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theMailboxMasksRecipients() {
        assertThat(MailboxView.mask("0912345678")).isEqualTo("09******78");
        assertThat(MailboxView.mask("hoa@example.vn")).isEqualTo("h***@example.vn");
    }
}
