package vn.dvc.kiosk.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.kiosk.dossier.SupplementRefusedException.Reason;
import vn.dvc.kiosk.shared.text.VietnameseText;

/**
 * The resident's side of a request for more papers (Mẫu 02): the pages they photograph and an optional answer become
 * one more document of the dossier, and processing resumes with the clock, both or neither.
 */
@Service
public class DossierSupplements {

    /** Who the history names for the resident's own step. */
    public static final String RESIDENT = "Người nộp hồ sơ";
    public static final int MAX_PAGES = 20;
    public static final int MAX_NOTE_LENGTH = 1000;
    /** Officers read the document list in Vietnamese, whatever language the resident used. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

    private final DossierRepository dossiers;
    private final DossierProcessing processing;
    private final Clock clock;

    DossierSupplements(DossierRepository dossiers, DossierProcessing processing, Clock clock) {
        this.dossiers = dossiers;
        this.processing = processing;
        this.clock = clock;
    }

    /**
     * Adds the pages as a document named "Giấy tờ bổ sung ngày dd/MM/yyyy" and records that the papers were received
     * (the note, if any, is the step's reason), in one transaction. Checks the code, the applicant's last four ID
     * digits and the status again: the screen that collected the pages may have been open for a while.
     *
     * @param note the resident's short answer to the officer, may be blank
     * @throws SupplementRefusedException when nothing may be or was written
     */
    @Transactional
    public SupplementReceived receive(String code, String idLast4, List<DocumentPage> pages, String note) {
        return receive(code, idLast4, pages, note, null);
    }

    /**
     * As {@link #receive(String, String, List, String)}, sent on an advisor's tablet: the history names the resident
     * and the advisor who helped, as the dossier itself does when it was filed.
     *
     * @param assistedBy the advisor's label, e.g. "Lê Minh Châu (tuvan)"; null when nobody helped
     */
    @Transactional
    public SupplementReceived receive(String code, String idLast4, List<DocumentPage> pages, String note,
            String assistedBy) {
        List<DocumentPage> given = pages == null ? List.of() : List.copyOf(pages);
        String answer = note == null ? "" : VietnameseText.nfc(note).strip();
        if (given.isEmpty() && answer.isEmpty()) {
            throw new SupplementRefusedException(Reason.NOTHING_GIVEN, "no page and no answer");
        }
        if (given.size() > MAX_PAGES || answer.length() > MAX_NOTE_LENGTH) {
            throw new SupplementRefusedException(Reason.TOO_MUCH, given.size() + " pages, " + answer.length()
                    + " characters");
        }
        Dossier dossier = code == null ? null : dossiers.findByCode(code.strip().toUpperCase(Locale.ROOT))
                .filter(found -> found.idEndsWith(idLast4)).orElse(null);
        if (dossier == null) {
            throw new SupplementRefusedException(Reason.NOT_FOUND, "no dossier with this code and these digits");
        }
        if (dossier.status() != DossierStatus.SUPPLEMENT_REQUESTED) {
            throw new SupplementRefusedException(Reason.NOT_REQUESTED, dossier.status().name());
        }
        // the status first: if the pages then fail to be written, the whole step rolls back with them
        String actor = assistedBy == null || assistedBy.isBlank() ? RESIDENT
                : RESIDENT + ", có tư vấn viên " + assistedBy.strip();
        processing.act(dossier.code(), DossierAction.SUPPLEMENT_RECEIVED, answer, actor);
        String name = "Giấy tờ bổ sung ngày " + LocalDate.now(clock).format(DAY);
        if (!given.isEmpty()) {
            dossier.addSupplement(name, given);
            dossiers.flush();
        }
        return new SupplementReceived(dossier.code(), given.isEmpty() ? null : name, given.size(),
                dossier.trackingToken());
    }
}
