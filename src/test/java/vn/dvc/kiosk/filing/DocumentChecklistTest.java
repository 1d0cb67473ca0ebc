package vn.dvc.kiosk.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.dvc.kiosk.filing.DocumentSlot.Role.ATTACH;
import static vn.dvc.kiosk.filing.DocumentSlot.Role.DECLARATION;
import static vn.dvc.kiosk.filing.DocumentSlot.Role.PRESENT;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import vn.dvc.kiosk.catalog.DocumentForm;
import vn.dvc.kiosk.catalog.Procedure;
import vn.dvc.kiosk.catalog.SeedProcedures;

/** Which documents of the real seed catalog are the declaration, photographed, or only shown at the counter. */
class DocumentChecklistTest {

    private static final Map<String, Procedure> SEED = SeedProcedures.all();

    @Test
    void theSeedIsThere() {
        assertThat(SEED).hasSize(36);
    }

    @Test
    void everyDocumentHasASlotAtItsPlaceInTheCatalogsList() {
        SEED.values().forEach(procedure -> {
            List<DocumentSlot> slots = DocumentChecklist.of(procedure);
            assertThat(slots).as(procedure.getCode()).hasSameSizeAs(procedure.getDocuments());
            for (int i = 0; i < slots.size(); i++) {
                assertThat(slots.get(i).position()).isEqualTo(i + 1);
                assertThat(slots.get(i).document()).isEqualTo(procedure.getDocuments().get(i));
            }
        });
    }

    @Test
    void theDeclarationIsAtMostTheFirstDocument() {
        SEED.values().forEach(procedure -> {
            List<DocumentSlot> slots = DocumentChecklist.of(procedure);
            assertThat(slots.stream().filter(slot -> slot.role() == DECLARATION).map(DocumentSlot::position))
                    .as(procedure.getCode()).isSubsetOf(1);
        });
    }

    @Test
    void aDocumentOnlyToBeShownIsNeverAttachedNorTheDeclaration() {
        SEED.values().forEach(procedure -> DocumentChecklist.of(procedure).forEach(slot -> assertThat(
                slot.role() == PRESENT).as("%s #%d", procedure.getCode(), slot.position())
                .isEqualTo(slot.document().form() == DocumentForm.PRESENT_ONLY)));
    }

    @Test
    void birthRegistration() {
        List<DocumentSlot> slots = DocumentChecklist.of(SEED.get("1.001193"));

        assertThat(slots).extracting(DocumentSlot::position, DocumentSlot::role, DocumentSlot::optional)
                .containsExactly(
                        tuple(1, DECLARATION, false),
                        tuple(2, ATTACH, false),
                        tuple(3, ATTACH, true),
                        tuple(4, ATTACH, true),
                        tuple(5, ATTACH, true),
                        tuple(6, PRESENT, false),
                        tuple(7, PRESENT, true));
        assertThat(slots.get(0).document().nameVi()).startsWith("Tờ khai đăng ký khai sinh");
        assertThat(slots.get(1).document().nameVi()).startsWith("Giấy chứng sinh");
    }

    @Test
    void aCopyOfADeathCertificateListedFirstIsAttachedNotTakenForTheDeclaration() {
        List<DocumentSlot> slots = DocumentChecklist.of(SEED.get("2.000821"));

        assertThat(slots.get(0).document().nameVi()).startsWith("Bản sao giấy chứng tử");
        assertThat(slots.get(0).role()).isEqualTo(ATTACH);
        assertThat(slots).extracting(DocumentSlot::role).doesNotContain(DECLARATION);
    }

    @Test
    void declarationsAreRecognisedByHowTheirNamesOpen() {
        // "Tờ khai…", "Đơn …", "Giấy đề nghị…", "Đề nghị…", "Thông báo…"
        assertThat(DocumentChecklist.of(SEED.get("1.013225")).get(0).role()).isEqualTo(DECLARATION);
        assertThat(DocumentChecklist.of(SEED.get("1.001612")).get(0).role()).isEqualTo(DECLARATION);
        assertThat(DocumentChecklist.of(SEED.get("1.003677")).get(0).role()).isEqualTo(DECLARATION);
        assertThat(DocumentChecklist.of(SEED.get("1.001266")).get(0).role()).isEqualTo(DECLARATION);
        // a draft contract is a paper of its own, not the form the questions make
        assertThat(DocumentChecklist.of(SEED.get("2.001035")).get(0).role()).isEqualTo(ATTACH);
    }

    @Test
    void theProceduresWithoutADeclarationAreThoseWhoseFirstDocumentIsNotAForm() {
        Set<String> withoutDeclaration = SEED.values().stream()
                .filter(procedure -> DocumentChecklist.of(procedure).stream().noneMatch(s -> s.role() == DECLARATION))
                .map(Procedure::getCode).collect(Collectors.toSet());

        assertThat(withoutDeclaration).containsExactlyInAnyOrder("2.000821", "2.000815", "2.000884", "2.001035",
                "1.014061", "1.014062", "1.014063", "1.014064", "3.000228");
    }

    @Test
    void toAttachKeepsTheCatalogsOrderAndOnlyWhatIsPhotographed() {
        assertThat(DocumentChecklist.toAttach(SEED.get("1.001193"))).extracting(DocumentSlot::position)
                .containsExactly(2, 3, 4, 5);
        assertThat(DocumentChecklist.toAttach(SEED.get("2.000821"))).extracting(DocumentSlot::position)
                .containsExactly(1, 2, 3, 4);
        assertThat(DocumentChecklist.toAttach(SEED.get("1.010041"))).isEmpty();
        SEED.values().forEach(procedure -> assertThat(DocumentChecklist.toAttach(procedure))
                .allSatisfy(slot -> assertThat(slot.role()).isEqualTo(ATTACH))
                .extracting(DocumentSlot::position).isSorted());
    }
}
