package vn.dvc.kiosk.payment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.dvc.kiosk.calendar.ProcessingPeriod;
import vn.dvc.kiosk.dossier.Applicant;
import vn.dvc.kiosk.dossier.DossierApplication;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.ResultDelivery;
import vn.dvc.kiosk.dossier.SubmissionChannel;

/** Dossiers for the payment tests: payments know them by code only, so most tests need no real one. */
public final class PaymentTestDossiers {

    public static final long FEE = 8_000;

    private PaymentTestDossiers() {
    }

    /** A code no dossier has, unique to the test. */
    public static String dossierCode() {
        return "IT-PAY-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A real dossier with a fee of {@link #FEE}, submitted through the dossier module's API; its code. */
    public static String submitDossier(Dossiers dossiers) {
        return dossiers.submit(new DossierApplication("IT." + UUID.randomUUID().toString().substring(0, 8),
                "Đăng ký khai sinh", ProcessingPeriod.workingDays(3),
                new Applicant("001190012345", "Nguyễn Thị Lan", LocalDate.of(1990, 3, 14), "Nữ",
                        "Số 5 phố Huế, Hà Nội"),
                List.of(), ResultDelivery.COUNTER, null, null, null, SubmissionChannel.ONLINE, FEE, null, null,
                List.of())).code();
    }
}
