package vn.dvc.kiosk.filing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dvc.kiosk.identity.CitizenIdCard;
import vn.dvc.kiosk.shared.VisitEnded;

/**
 * The draft of this visit: the working copy in the server session (gone when the visit ends), saved to the
 * database after every answered screen so that the resident can resume it later with its code.
 */
@Component
public class FilingDrafts {

    private static final Logger log = LoggerFactory.getLogger(FilingDrafts.class);
    private static final String KEY = FilingDrafts.class.getName();

    private final DraftStore store;
    private final DocumentProperties properties;

    FilingDrafts(DraftStore store, DocumentProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    /** How long after its last save a draft can be resumed. */
    public Duration keptFor() {
        return properties.draftsKeptFor();
    }

    /** The draft for this procedure; a draft for another procedure is replaced. */
    public FilingDraft forProcedure(String procedureCode) {
        FilingDraft draft = (FilingDraft) VaadinSession.getCurrent().getAttribute(KEY);
        if (draft == null || !draft.procedureCode().equals(procedureCode)) {
            draft = new FilingDraft(procedureCode);
            VaadinSession.getCurrent().setAttribute(KEY, draft);
        }
        return draft;
    }

    public Optional<FilingDraft> current() {
        return Optional.ofNullable((FilingDraft) VaadinSession.getCurrent().getAttribute(KEY));
    }

    /**
     * Saves the draft for resuming. A failure does not stop the resident: the visit keeps every answer, and the next
     * screen tries again.
     *
     * @return whether it was saved
     */
    public boolean keep(FilingDraft draft, CitizenIdCard card) {
        try {
            store.save(draft, card);
            draft.lastSaveFailed(false);
            return true;
        } catch (RuntimeException failure) {
            draft.lastSaveFailed(true);
            log.warn("A filing draft of procedure {} could not be saved; the visit keeps its answers: {}",
                    draft.procedureCode(), failure.toString());
            return false;
        }
    }

    /**
     * Adds a page to a document; the draft is saved with it.
     *
     * @throws DocumentRefused when the document or the draft is full
     */
    public FilingDraft.PageRef attach(FilingDraft draft, CitizenIdCard card, int documentPosition, AcceptedPage page) {
        FilingDraft.PageRef ref = store.addPage(draft, card, documentPosition, page);
        draft.attached(documentPosition, ref);
        return ref;
    }

    public void detach(FilingDraft draft, long pageId) {
        store.removePage(draft, pageId);
        draft.removed(pageId);
    }

    /** A page of this draft, for its preview; never a page of another draft. */
    public Optional<AcceptedPage> page(FilingDraft draft, long pageId) {
        return store.page(draft, pageId);
    }

    Map<Integer, List<AcceptedPage>> pagesForSubmission(FilingDraft draft) {
        return store.allPages(draft);
    }

    /** On success the draft becomes this visit's draft; the caller restores the card to the visit. */
    public Resumption resume(String draftCode, String lastFourDigits) {
        String code = draftCode == null ? "" : draftCode.replaceAll("\\D", "");
        String digits = lastFourDigits == null ? "" : lastFourDigits.replaceAll("\\D", "");
        if (code.length() != 8 || digits.length() != 4) {
            return new Resumption.NotFound();
        }
        Resumption resumption = store.resume(code, digits);
        if (resumption instanceof Resumption.Resumed resumed) {
            VaadinSession.getCurrent().setAttribute(KEY, resumed.draft());
        }
        return resumption;
    }

    /** The dossier exists now: the draft is not needed, here or in the database. */
    void submitted(FilingDraft draft) {
        VaadinSession.getCurrent().setAttribute(KEY, null);
        try {
            store.discard(draft);
        } catch (RuntimeException failure) {
            // the purge removes it when it expires
            log.warn("A submitted filing draft could not be deleted yet: {}", failure.toString());
        }
    }

    @EventListener(VisitEnded.class)
    public void forget() {
        VaadinSession.getCurrent().setAttribute(KEY, null);
    }
}
