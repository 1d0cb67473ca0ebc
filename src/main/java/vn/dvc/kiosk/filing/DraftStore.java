package vn.dvc.kiosk.filing;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.kiosk.filing.DocumentRefused.Reason;
import vn.dvc.kiosk.identity.CitizenIdCard;
import vn.dvc.kiosk.shared.text.Sha256;

/** Saved drafts in the database: each call is one transaction, so nothing half-saved stays behind. */
@Component
class DraftStore {

    private final SavedDraftRepository drafts;
    private final SavedDraftPageRepository pages;
    private final JsonMapper json;
    private final DocumentProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DraftStore(SavedDraftRepository drafts, SavedDraftPageRepository pages, JsonMapper json,
            DocumentProperties properties, Clock clock) {
        this.drafts = drafts;
        this.pages = pages;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public void save(FilingDraft draft, CitizenIdCard card) {
        saved(draft, card);
    }

    private SavedDraft saved(FilingDraft draft, CitizenIdCard card) {
        Instant now = clock.instant();
        SavedDraft saved = draft.savedId() == null ? null : drafts.findById(draft.savedId()).orElse(null);
        if (saved == null) {
            String code = newCode();
            saved = new SavedDraft(code, draft.procedureCode(), resumeCheck(code, card.lastFourDigits()), now);
        }
        saved.save(json.writeValueAsString(DraftContent.of(draft, card)), now, now.plus(properties.draftsKeptFor()));
        saved = drafts.saveAndFlush(saved);
        draft.savedAs(saved.id(), saved.code());
        return saved;
    }

    /**
     * The limits are checked before anything is saved: a refused page leaves the saved draft as it was, and a draft
     * that was never saved gets no code (a rolled-back insert would leave the visit showing a code that does not
     * exist).
     */
    @Transactional
    public FilingDraft.PageRef addPage(FilingDraft draft, CitizenIdCard card, int documentPosition, AcceptedPage page) {
        Long known = draft.savedId();
        long pagesOfDocument = known == null ? 0 : pages.countByDraftIdAndDocumentPosition(known, documentPosition);
        if (pagesOfDocument >= properties.maxPagesPerDocument()) {
            throw new DocumentRefused(Reason.TOO_MANY_PAGES, "document " + documentPosition);
        }
        long allPages = known == null ? 0 : pages.totalSize(known);
        if (allPages + page.content().length > properties.maxDraftSize().toBytes()) {
            throw new DocumentRefused(Reason.DRAFT_FULL, "over " + properties.maxDraftSize());
        }
        long draftId = saved(draft, card).id();
        return pages.saveAndFlush(new SavedDraftPage(draftId, documentPosition, page, clock.instant())).ref();
    }

    @Transactional
    public void removePage(FilingDraft draft, long pageId) {
        if (draft.savedId() != null) {
            pages.findByIdAndDraftId(pageId, draft.savedId()).ifPresent(pages::delete);
        }
    }

    @Transactional(readOnly = true)
    public Optional<AcceptedPage> page(FilingDraft draft, long pageId) {
        return draft.savedId() == null ? Optional.empty()
                : pages.findByIdAndDraftId(pageId, draft.savedId()).map(SavedDraftPage::page);
    }

    /** Every page, by document position, in the order taken. */
    @Transactional(readOnly = true)
    public Map<Integer, List<AcceptedPage>> allPages(FilingDraft draft) {
        Map<Integer, List<AcceptedPage>> byDocument = new LinkedHashMap<>();
        if (draft.savedId() != null) {
            for (SavedDraftPage page : pages.findByDraftIdOrderById(draft.savedId())) {
                byDocument.computeIfAbsent(page.documentPosition(), p -> new java.util.ArrayList<>()).add(page.page());
            }
        }
        return byDocument;
    }

    /** A wrong try is counted even though the resident gets nothing back, hence no rollback. */
    @Transactional
    public Resumption resume(String draftCode, String lastFourDigits) {
        Instant now = clock.instant();
        SavedDraft saved = drafts.findByCode(draftCode).filter(d -> !d.expired(now)).orElse(null);
        if (saved == null) {
            return new Resumption.NotFound();
        }
        if (saved.locked()) {
            return new Resumption.Locked();
        }
        if (!saved.tryResume(resumeCheck(saved.code(), lastFourDigits))) {
            return saved.locked() ? new Resumption.Locked() : new Resumption.NotFound();
        }
        DraftContent content = json.readValue(saved.content(), DraftContent.class);
        FilingDraft draft = new FilingDraft(saved.procedureCode());
        draft.restore(content);
        draft.savedAs(saved.id(), saved.code());
        // a document with pages is not skipped, whatever the content says: a page attached after "I don't have it"
        // is saved before the visit's copy forgets the skip
        for (SavedDraftPageRepository.Listing page : pages.listing(saved.id())) {
            draft.attached(page.getDocumentPosition(),
                    new FilingDraft.PageRef(page.getId(), page.getContentType(), page.getSizeBytes()));
        }
        return new Resumption.Resumed(draft, content.card());
    }

    @Transactional
    public void discard(FilingDraft draft) {
        if (draft.savedId() != null) {
            drafts.findById(draft.savedId()).ifPresent(drafts::delete);
        }
    }

    @Transactional
    public int purgeExpired() {
        return drafts.deleteExpired(clock.instant());
    }

    private String newCode() {
        for (;;) {
            String code = String.valueOf(10_000_000 + random.nextInt(90_000_000));
            if (drafts.findByCode(code).isEmpty()) {
                return code;
            }
        }
    }

    static String resumeCheck(String code, String lastFourDigits) {
        return Sha256.hex("draft:" + code + ":" + lastFourDigits);
    }
}
