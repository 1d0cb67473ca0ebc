package vn.dvc.kiosk.filing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.dvc.kiosk.catalog.DocumentForm;
import vn.dvc.kiosk.catalog.Procedure;
import vn.dvc.kiosk.catalog.RequiredDocument;
import vn.dvc.kiosk.shared.text.VietnameseText;

/**
 * Which of a procedure's documents the resident attaches when filing online. The catalog lists the declaration form
 * first (a "tờ khai", "đơn" or "giấy đề nghị"): online, the questions are that form, so it is not photographed.
 */
public final class DocumentChecklist {

    private static final List<String> DECLARATION_OPENINGS = List.of("tờ khai", "đơn ", "giấy đề nghị", "đề nghị",
            "thông báo", "văn bản đề nghị");

    private DocumentChecklist() {
    }

    public static List<DocumentSlot> of(Procedure procedure) {
        List<RequiredDocument> documents = procedure.getDocuments();
        List<DocumentSlot> slots = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            RequiredDocument document = documents.get(i);
            slots.add(new DocumentSlot(i + 1, document, role(document, i == 0)));
        }
        return slots;
    }

    /** The documents to photograph or upload, in the catalog's order. */
    public static List<DocumentSlot> toAttach(Procedure procedure) {
        return of(procedure).stream().filter(slot -> slot.role() == DocumentSlot.Role.ATTACH).toList();
    }

    private static DocumentSlot.Role role(RequiredDocument document, boolean first) {
        if (document.form() == DocumentForm.PRESENT_ONLY) {
            return DocumentSlot.Role.PRESENT;
        }
        String name = VietnameseText.nfc(document.nameVi()).toLowerCase(new Locale("vi"));
        if (first && document.form() == DocumentForm.ORIGINAL
                && DECLARATION_OPENINGS.stream().anyMatch(name::startsWith)) {
            return DocumentSlot.Role.DECLARATION;
        }
        return DocumentSlot.Role.ATTACH;
    }
}
