package vn.dvc.kiosk.advisor;

import java.time.LocalDate;
import java.util.List;

import vn.dvc.kiosk.calendar.ProcessingPeriod;
import vn.dvc.kiosk.dossier.Applicant;
import vn.dvc.kiosk.dossier.DeclaredAnswer;
import vn.dvc.kiosk.dossier.DocumentKind;
import vn.dvc.kiosk.dossier.DossierApplication;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.HandedInDocument;
import vn.dvc.kiosk.dossier.ResultDelivery;
import vn.dvc.kiosk.dossier.SubmissionChannel;

/** Test classpath only: files a dossier at the demo desk as if the given advisor had helped; returns its code. */
public final class AdvisorTestDossiers {

    public static final String APPLICANT = "Phạm Thị Hằng";

    private AdvisorTestDossiers() {
    }

    public static String fileAssistedBy(Dossiers dossiers, String username, String label) {
        return dossiers.submit(new DossierApplication("1.010041", "Xác nhận thông tin về cư trú",
                ProcessingPeriod.workingDays(2),
                new Applicant("001185007788", APPLICANT, LocalDate.of(1985, 2, 3), "Nữ", "Số 3 phố Hàng Bạc, Hà Nội"),
                List.of(new DeclaredAnswer("purpose", "Mục đích sử dụng", "Bổ sung hồ sơ đi học")),
                ResultDelivery.COUNTER, null, "0912000111", null, SubmissionChannel.ONLINE, 0L, label, null,
                List.of(new HandedInDocument("Tờ khai CT01", DocumentKind.ELECTRONIC_FORM, List.of())), username))
                .code();
    }
}
