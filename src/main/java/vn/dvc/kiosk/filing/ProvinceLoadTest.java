package vn.dvc.kiosk.filing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.dvc.kiosk.calendar.ProcessingPeriod;
import vn.dvc.kiosk.dossier.Applicant;
import vn.dvc.kiosk.dossier.DeclaredAnswer;
import vn.dvc.kiosk.dossier.DocumentKind;
import vn.dvc.kiosk.dossier.DossierApplication;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.HandedInDocument;
import vn.dvc.kiosk.dossier.ResultDelivery;
import vn.dvc.kiosk.dossier.SubmissionChannel;
import vn.dvc.kiosk.dossier.SubmittedDossier;
import vn.dvc.kiosk.payment.PaymentMethod;
import vn.dvc.kiosk.payment.PaymentOrder;
import vn.dvc.kiosk.payment.Payments;

/**
 * For the province kill test only ({@code scripts/cluster/kill-test.sh}): files a made-up dossier with a fee through
 * the same service the kiosk's last filing step calls ({@link Dossiers#submit}) and opens its VNPay order, in one
 * HTTP request, so that a driver can file continuously through the proxy without a browser per resident (two
 * Chromiums would take the 2-core test machine from the database nodes). The driver then pays through the real VNPay
 * IPN endpoint with the terminal's secret. Off unless {@code kiosk.load-test.enabled}; it files dossiers without any
 * sign-in, so never on a real server: it says so loudly at start.
 *
 * <p>{@code ref} is the driver's name for the attempt, stored as the contact e-mail {@code <ref>@load.test}, so the
 * check afterwards finds dossiers filed whose answer never reached the driver.
 */
@RestController
@ConditionalOnProperty(name = "kiosk.load-test.enabled", havingValue = "true")
class ProvinceLoadTest {

    private static final Logger log = LoggerFactory.getLogger(ProvinceLoadTest.class);

    static final String PATH = "/api/load-test/dossiers";
    static final long FEE_VND = 50_000;

    private final Dossiers dossiers;
    private final Payments payments;

    ProvinceLoadTest(Dossiers dossiers, Payments payments) {
        this.dossiers = dossiers;
        this.payments = payments;
        log.warn("LOAD TEST ENDPOINT ON (kiosk.load-test.enabled): anyone can file dossiers at {} without signing in. "
                + "Never on a real server.", PATH);
    }

    @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> file(@RequestParam String ref) {
        if (!ref.matches("[A-Za-z0-9-]{1,60}")) {
            return ResponseEntity.badRequest().build();
        }
        SubmittedDossier dossier = dossiers.submit(application(ref));
        PaymentOrder order = payments.open(dossier.code(), FEE_VND, PaymentMethod.VNPAY);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("code", dossier.code());
        answer.put("orderRef", order.orderRef());
        answer.put("amountVnd", order.amountVnd());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(answer);
    }

    private static DossierApplication application(String ref) {
        return new DossierApplication("LOAD.1", "Đăng ký khai sinh (thử tải)", ProcessingPeriod.workingDays(3),
                new Applicant("001190012345", "Nguyễn Thị Lan", LocalDate.of(1990, 3, 14), "Nữ",
                        "Số 5 phố Huế, Hà Nội"),
                List.of(new DeclaredAnswer("childFullName", "Họ tên trẻ", "Nguyễn Văn Bình"),
                        new DeclaredAnswer("placeOfBirth", "Nơi sinh", "Bệnh viện Phụ sản Hà Nội")),
                ResultDelivery.COUNTER, null, "0912345678", ref.toLowerCase() + "@load.test",
                SubmissionChannel.ONLINE, FEE_VND, null, null,
                List.of(new HandedInDocument("Tờ khai", DocumentKind.ELECTRONIC_FORM, List.of())), null);
    }
}
