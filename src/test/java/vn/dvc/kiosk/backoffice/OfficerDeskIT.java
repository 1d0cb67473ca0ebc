package vn.dvc.kiosk.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import vn.dvc.kiosk.dossier.DossierAction;
import vn.dvc.kiosk.dossier.DossierProcessing;
import vn.dvc.kiosk.dossier.DossierQueueFilter;
import vn.dvc.kiosk.dossier.DossierQueueItem;
import vn.dvc.kiosk.dossier.DossierResults;
import vn.dvc.kiosk.dossier.DossierStatus;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.InvalidResultFileException;
import vn.dvc.kiosk.dossier.ResultFile;
import vn.dvc.kiosk.shared.security.StaffAccounts;
import vn.dvc.kiosk.shared.security.StaffMember;
import vn.dvc.kiosk.shared.text.Sha256;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * The desk against a real MariaDB: an officer sees and changes only their own unit's dossiers, and the electronic
 * result is stored with FINISH or not at all.
 */
@KioskIntegrationTest
class OfficerDeskIT {

    @Autowired
    Dossiers dossiers;

    @Autowired
    DossierProcessing processing;

    @Autowired
    DossierResults results;

    @Autowired
    OfficerDesk desk;

    @Autowired
    StaffAccounts accounts;

    StaffMember canbo;
    StaffMember otherUnit;
    String procedure;
    String code;

    @BeforeEach
    void aDossierAtTheDemoDesk() {
        canbo = accounts.find("canbo").orElseThrow();
        otherUnit = accounts.find("canbo2").orElseThrow();
        procedure = DeskTestDossiers.uniqueProcedure();
        code = DeskTestDossiers.file(dossiers, procedure);
    }

    @Test
    void anOfficerOfAnotherUnitSeesNothingAndChangesNothing() {
        assertThat(desk.open(canbo, code)).isPresent();
        assertThat(desk.open(otherUnit, code)).as("another unit's code looks unknown").isEmpty();
        assertThat(desk.open(otherUnit, "000.00.00.H01-990101-9999")).isEmpty();
        assertThat(desk.page(otherUnit, code, 2, 1)).isEmpty();
        assertThat(desk.page(canbo, code, 2, 1)).hasValueSatisfying(page ->
                assertThat(page.contentType()).isEqualTo("image/jpeg"));

        assertThatThrownBy(() -> desk.act(otherUnit, code, DossierAction.ACCEPT, null))
                .isInstanceOf(DossierNotOnThisDeskException.class);
        assertThatThrownBy(() -> desk.finish(otherUnit, code, null, "x.pdf", DeskTestDossiers.minimalPdf()))
                .isInstanceOf(DossierNotOnThisDeskException.class);
        assertThat(processing.detail(code).orElseThrow().status()).isEqualTo(DossierStatus.NEWLY_REGISTERED);

        assertThat(codesInQueue(canbo)).containsExactly(code);
        assertThat(codesInQueue(otherUnit)).isEmpty();
    }

    @Test
    void theActionRecordsTheOfficersNameAndUnit() {
        desk.act(canbo, code, DossierAction.ACCEPT, "  ");

        assertThat(processing.detail(code).orElseThrow().history()).last().satisfies(step -> {
            assertThat(step.to()).isEqualTo(DossierStatus.ACCEPTED);
            assertThat(step.changedBy()).isEqualTo("Nguyễn Thị Lan (canbo, 000.00.00.H01)");
            assertThat(step.reason()).isNull();
        });
    }

    @Test
    void finishingStoresTheElectronicResultWithTheAction() {
        processing.act(code, DossierAction.ACCEPT, null, canbo.actorLabel());
        processing.act(code, DossierAction.START_PROCESSING, null, canbo.actorLabel());
        byte[] pdf = DeskTestDossiers.minimalPdf();

        assertThat(desk.finish(canbo, code, "Giấy khai sinh bản điện tử", "C:\\Kết quả\\giay-khai-sinh.pdf", pdf))
                .isEqualTo(DossierStatus.PROCESSING_FINISHED);

        ResultFile stored = results.find(code).orElseThrow();
        assertThat(stored.fileName()).isEqualTo("giay-khai-sinh.pdf");
        assertThat(stored.sizeBytes()).isEqualTo(pdf.length);
        assertThat(stored.sha256()).isEqualTo(Sha256.hex(pdf));
        assertThat(stored.attachedBy()).isEqualTo(canbo.actorLabel());
        assertThat(desk.resultContent(canbo, code)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(pdf));
        assertThat(desk.resultContent(otherUnit, code)).isEmpty();
        assertThat(processing.detail(code).orElseThrow().history()).last()
                .satisfies(step -> assertThat(step.reason()).isEqualTo("Giấy khai sinh bản điện tử"));
    }

    @Test
    void aFileThatIsNotAPdfOrTooLargeLeavesTheDossierUnfinished() {
        processing.act(code, DossierAction.ACCEPT, null, canbo.actorLabel());
        processing.act(code, DossierAction.START_PROCESSING, null, canbo.actorLabel());
        byte[] tooLarge = Arrays.copyOf(DeskTestDossiers.minimalPdf(), DossierResults.MAX_BYTES + 1);

        assertThatThrownBy(() -> desk.finish(canbo, code, null, "anh.pdf", DeskTestDossiers.jpeg()))
                .isInstanceOfSatisfying(InvalidResultFileException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(InvalidResultFileException.Reason.NOT_PDF));
        assertThatThrownBy(() -> desk.finish(canbo, code, null, "lon.pdf", tooLarge))
                .isInstanceOfSatisfying(InvalidResultFileException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(InvalidResultFileException.Reason.TOO_LARGE));

        assertThat(processing.detail(code).orElseThrow().status()).isEqualTo(DossierStatus.BEING_PROCESSED);
        assertThat(results.find(code)).isEmpty();
    }

    @Test
    void onlyAFinishedDossierTakesAResultAndALaterOneReplacesIt() {
        assertThatThrownBy(() -> results.attach(code, "kq.pdf", DeskTestDossiers.minimalPdf(), canbo.actorLabel()))
                .isInstanceOfSatisfying(InvalidResultFileException.class, refused ->
                        assertThat(refused.reason()).isEqualTo(InvalidResultFileException.Reason.NOT_FINISHED));

        processing.act(code, DossierAction.ACCEPT, null, canbo.actorLabel());
        processing.act(code, DossierAction.START_PROCESSING, null, canbo.actorLabel());
        desk.finish(canbo, code, null, null, null);
        assertThat(results.find(code)).isEmpty();
        results.attach(code, "kq-1.pdf", DeskTestDossiers.minimalPdf(), canbo.actorLabel());
        byte[] second = (new String(DeskTestDossiers.minimalPdf()) + "% lần 2\n").getBytes();
        results.attach(code, "kq-2.pdf", second, canbo.actorLabel());

        assertThat(results.find(code)).hasValueSatisfying(file -> {
            assertThat(file.fileName()).isEqualTo("kq-2.pdf");
            assertThat(file.sha256()).isEqualTo(Sha256.hex(second));
        });
    }

    private java.util.List<String> codesInQueue(StaffMember officer) {
        return desk.queue(officer, DossierQueueFilter.all().procedure(procedure), PageRequest.of(0, 50)).stream()
                .map(DossierQueueItem::code).toList();
    }
}
