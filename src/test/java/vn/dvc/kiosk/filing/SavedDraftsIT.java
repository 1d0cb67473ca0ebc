package vn.dvc.kiosk.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import vn.dvc.kiosk.catalog.Catalog;
import vn.dvc.kiosk.catalog.Procedure;
import vn.dvc.kiosk.dossier.ResultDelivery;
import vn.dvc.kiosk.dossier.SubmittedDossier;
import vn.dvc.kiosk.filing.DocumentRefused.Reason;
import vn.dvc.kiosk.identity.CitizenIdCard;
import vn.dvc.kiosk.identity.Sex;
import vn.dvc.kiosk.shared.text.Sha256;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * Saved drafts against the real MariaDB: codes, resuming with the last four ID digits, the lock after wrong tries,
 * expiry and the purge, the limits on pages, and handing a finished draft's documents to the dossier. Browserless,
 * because the visit's facade ({@link FilingDrafts}) keeps the working copy in the Vaadin session.
 */
@KioskIntegrationTest
class SavedDraftsIT extends SpringBrowserlessTest {

    private static final byte[] JPEG_BYTES = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4};
    private static final byte[] PDF_BYTES = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    DraftStore store;

    @Autowired
    FilingDrafts drafts;

    @Autowired
    DraftPurge purge;

    @Autowired
    Submission submission;

    @Autowired
    Catalog catalog;

    @Autowired
    DocumentProperties limits;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<ScheduledTaskHolder> scheduled;

    // --- saving -------------------------------------------------------------------------------------------------------

    @Test
    void savingGivesTheDraftAnEightDigitCodeAndKeepsItForTheConfiguredTime() {
        CitizenIdCard card = card();
        FilingDraft draft = new FilingDraft(uniqueProcedureCode());
        Instant before = clock.instant();

        store.save(draft, card);

        assertThat(draft.draftCode()).matches("[1-9]\\d{7}");
        assertThat(draft.savedId()).isNotNull();
        Map<String, Object> row = row(draft);
        assertThat(row).containsEntry("draft_code", draft.draftCode())
                .containsEntry("procedure_code", draft.procedureCode())
                .containsEntry("failed_attempts", 0)
                .containsEntry("resume_check", DraftStore.resumeCheck(draft.draftCode(), card.lastFourDigits()));
        assertThat((String) row.get("resume_check")).hasSize(64).doesNotContain(card.lastFourDigits());
        assertThat(limits.draftsKeptFor()).isEqualTo(Duration.ofHours(72));
        assertThat(instant(row, "expires_at")).isBetween(before.plus(limits.draftsKeptFor()).minusMillis(1),
                clock.instant().plus(limits.draftsKeptFor()));
        assertThat(instant(row, "saved_at")).isEqualTo(instant(row, "created_at"));
    }

    @Test
    void savingAgainKeepsTheCodeAndRefreshesTheExpiry() {
        CitizenIdCard card = card();
        FilingDraft draft = new FilingDraft(uniqueProcedureCode());
        store.save(draft, card);
        String code = draft.draftCode();
        long id = draft.savedId();
        jdbc.update("""
                update filing_draft set created_at = created_at - interval 2 hour, saved_at = saved_at - interval 2 hour,
                       expires_at = expires_at - interval 2 hour where id = ?""", id);
        Instant wasExpiring = instant(row(draft), "expires_at");
        Instant createdAt = instant(row(draft), "created_at");

        draft.answer("childFullName", "Nguyễn Minh Khang");
        store.save(draft, card);

        assertThat(draft.draftCode()).isEqualTo(code);
        assertThat(draft.savedId()).isEqualTo(id);
        Map<String, Object> row = row(draft);
        assertThat(instant(row, "expires_at")).isAfter(wasExpiring.plus(Duration.ofMinutes(119)));
        assertThat(Duration.between(instant(row, "saved_at"), instant(row, "expires_at")))
                .isEqualTo(limits.draftsKeptFor());
        assertThat(instant(row, "created_at")).isEqualTo(createdAt);
        assertThat((String) row.get("content")).contains("Nguyễn Minh Khang");
        assertThat(jdbc.queryForObject("select count(*) from filing_draft where procedure_code = ?", Integer.class,
                draft.procedureCode())).isOne();
    }

    @Test
    void theStoredContentComesBackAsItWasSaved() {
        CitizenIdCard card = fullCard("Số 5 phố Huế, Phường Hàng Bài, Hà Nội");
        FilingDraft draft = new FilingDraft(uniqueProcedureCode());
        draft.answer("childFullName", "Nguyễn Minh Khang");
        draft.answer("childDateOfBirth", "02/11/2026");
        draft.answer("note", "");
        draft.skip(3);
        draft.skip(5);
        draft.consented(4242L);
        draft.deliverTo(ResultDelivery.POSTAL, "Số 5 phố Huế, Hà Nội", "0901234567", "ngoc@example.vn");
        store.save(draft, card);

        assertThat((String) row(draft).get("content")).contains("\"1992-02-29\"", "\"2021-07-01\"", "POSTAL");

        Resumption.Resumed resumed = resumed(store.resume(draft.draftCode(), card.lastFourDigits()));
        assertThat(resumed.card()).isEqualTo(card);
        FilingDraft back = resumed.draft();
        assertThat(back.procedureCode()).isEqualTo(draft.procedureCode());
        assertThat(back.answers()).containsExactlyInAnyOrderEntriesOf(draft.answers());
        assertThat(back.hasAnswer("note")).isTrue();
        assertThat(back.skippedPositions()).containsExactlyInAnyOrder(3, 5);
        assertThat(back.consentRecordId()).isEqualTo(4242L);
        assertThat(back.delivery()).isEqualTo(ResultDelivery.POSTAL);
        assertThat(back.deliveryAddress()).isEqualTo("Số 5 phố Huế, Hà Nội");
        assertThat(back.phone()).isEqualTo("0901234567");
        assertThat(back.email()).isEqualTo("ngoc@example.vn");
        assertThat(back.draftCode()).isEqualTo(draft.draftCode());
        assertThat(back.savedId()).isEqualTo(draft.savedId());
        assertThat(back.submissionKey()).as("submitting the resumed draft cannot file it twice")
                .isEqualTo(draft.submissionKey());
    }

    @Test
    void aDraftSavedBeforeSubmissionKeysExistedGetsAKeyWhenResumed() {
        CitizenIdCard card = fullCard("Số 5 phố Huế, Hà Nội");
        FilingDraft draft = new FilingDraft(uniqueProcedureCode());
        draft.answer("childFullName", "Nguyễn Minh Khang");
        store.save(draft, card);
        jdbc.update("update filing_draft set content = json_remove(content, '$.submissionKey') where id = ?",
                draft.savedId());

        FilingDraft back = resumed(store.resume(draft.draftCode(), card.lastFourDigits())).draft();
        assertThat(back.answer("childFullName")).isEqualTo("Nguyễn Minh Khang");
        assertThat(back.submissionKey()).matches("[0-9a-f-]{36}");
    }

    // --- resuming -----------------------------------------------------------------------------------------------------

    @Test
    void theRightCodeAndDigitsBringBackTheDraftWithItsPagesAndCard() {
        CitizenIdCard card = card();
        FilingDraft draft = new FilingDraft(uniqueProcedureCode());
        store.save(draft, card);
        FilingDraft.PageRef first = store.addPage(draft, card, 2, jpeg());
        FilingDraft.PageRef second = store.addPage(draft, card, 2, pdf());
        FilingDraft.PageRef other = store.addPage(draft, card, 4, jpeg());

        Resumption.Resumed resumed = resumed(store.resume(draft.draftCode(), card.lastFourDigits()));

        assertThat(resumed.card()).isEqualTo(card);
        assertThat(resumed.draft().pages(2)).containsExactly(first, second);
        assertThat(first).isEqualTo(new FilingDraft.PageRef(first.id(), AcceptedPage.JPEG, JPEG_BYTES.length));
        assertThat(second).isEqualTo(new FilingDraft.PageRef(second.id(), AcceptedPage.PDF, PDF_BYTES.length));
        assertThat(resumed.draft().pages(4)).containsExactly(other);
        assertThat(resumed.draft().pages(3)).isEmpty();
        assertThat(store.page(resumed.draft(), second.id())).get()
                .satisfies(page -> assertThat(page.content()).isEqualTo(PDF_BYTES));
        assertThat(store.allPages(resumed.draft())).containsOnlyKeys(2, 4);
    }

    @Test
    void wrongDigitsFindNothingAndAreCounted() {
        CitizenIdCard card = card();
        FilingDraft draft = savedDraft(card);

        assertThat(store.resume(draft.draftCode(), wrong(card))).isInstanceOf(Resumption.NotFound.class);
        assertThat(failedAttempts(draft)).isEqualTo(1);
        assertThat(store.resume(draft.draftCode(), wrong(card))).isInstanceOf(Resumption.NotFound.class);
        assertThat(failedAttempts(draft)).isEqualTo(2);

        // the right digits still work, and start the count again
        resumed(store.resume(draft.draftCode(), card.lastFourDigits()));
        assertThat(failedAttempts(draft)).isZero();
    }

    @Test
    void aCodeThatDoesNotExistFindsNothing() {
        CitizenIdCard card = card();
        FilingDraft draft = savedDraft(card);

        // codes are handed out from 10000000 up: this one never is
        assertThat(store.resume("00000000", card.lastFourDigits())).isInstanceOf(Resumption.NotFound.class);
        assertThat(failedAttempts(draft)).isZero();
    }

    @Test
    void fiveWrongTriesLockTheDraftEvenForTheRightDigits() {
        CitizenIdCard card = card();
        FilingDraft draft = savedDraft(card);

        for (int attempt = 1; attempt < SavedDraft.MAX_FAILED_ATTEMPTS; attempt++) {
            assertThat(store.resume(draft.draftCode(), wrong(card))).as("try %d", attempt)
                    .isInstanceOf(Resumption.NotFound.class);
        }
        assertThat(store.resume(draft.draftCode(), wrong(card))).isInstanceOf(Resumption.Locked.class);
        assertThat(failedAttempts(draft)).isEqualTo(5);

        assertThat(store.resume(draft.draftCode(), card.lastFourDigits())).isInstanceOf(Resumption.Locked.class);
        assertThat(store.resume(draft.draftCode(), wrong(card))).isInstanceOf(Resumption.Locked.class);
        assertThat(failedAttempts(draft)).isEqualTo(5);
    }

    @Test
    void anExpiredDraftCannotBeResumed() {
        CitizenIdCard card = card();
        FilingDraft draft = savedDraft(card);
        jdbc.update("update filing_draft set expires_at = utc_timestamp(6) - interval 1 minute where id = ?",
                draft.savedId());

        assertThat(store.resume(draft.draftCode(), card.lastFourDigits())).isInstanceOf(Resumption.NotFound.class);
        // the scheduled purge may take the row away meanwhile; either way no try was counted
        assertThat(jdbc.queryForObject("select count(*) from filing_draft where id = ? and failed_attempts > 0",
                Integer.class, draft.savedId())).isZero();
    }

    @Test
    void theVisitTakesOverAResumedDraftAndTypedSpacesDoNotMatter() {
        CitizenIdCard card = card();
        FilingDraft draft = savedDraft(card);
        String spaced = draft.draftCode().substring(0, 4) + " " + draft.draftCode().substring(4);

        assertThat(drafts.resume("1234", card.lastFourDigits())).isInstanceOf(Resumption.NotFound.class);
        assertThat(drafts.resume(draft.draftCode(), "12")).isInstanceOf(Resumption.NotFound.class);
        assertThat(failedAttempts(draft)).as("malformed input is not a try").isZero();
        assertThat(drafts.current()).isEmpty();

        Resumption.Resumed resumed = resumed(drafts.resume(spaced, " " + card.lastFourDigits() + " "));

        assertThat(drafts.current()).containsSame(resumed.draft());
        assertThat(drafts.forProcedure(draft.procedureCode())).isSameAs(resumed.draft());
    }

    @Test
    void aPageAddedAfterSkippingItsDocumentIsNotSkippedWhenResumed() {
        CitizenIdCard card = card();
        FilingDraft draft = new FilingDraft(uniqueProcedureCode());
        draft.skip(3);
        drafts.keep(draft, card);

        // the resident changes their mind: they do have the paper after all
        drafts.attach(draft, card, 3, jpeg());
        assertThat(draft.skipped(3)).isFalse();

        FilingDraft back = resumed(store.resume(draft.draftCode(), card.lastFourDigits())).draft();
        assertThat(back.pages(3)).hasSize(1);
        assertThat(back.skipped(3)).isFalse();
    }

    // --- expiry -------------------------------------------------------------------------------------------------------

    @Test
    void thePurgeDeletesExpiredDraftsWithTheirPagesAndKeepsFreshOnes() {
        CitizenIdCard card = card();
        FilingDraft expired = savedDraft(card);
        store.addPage(expired, card, 2, jpeg());
        store.addPage(expired, card, 3, pdf());
        FilingDraft fresh = savedDraft(card);
        FilingDraft.PageRef freshPage = store.addPage(fresh, card, 2, jpeg());
        jdbc.update("update filing_draft set expires_at = utc_timestamp(6) - interval 1 second where id = ?",
                expired.savedId());
        assertThat(pageCount(expired)).isEqualTo(2);

        assertThat(store.purgeExpired()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForObject("select count(*) from filing_draft where id = ?", Integer.class,
                expired.savedId())).isZero();
        assertThat(pageCount(expired)).as("pages go with their draft").isZero();
        assertThat(jdbc.queryForObject("select count(*) from filing_draft where id = ?", Integer.class,
                fresh.savedId())).isOne();
        assertThat(store.page(fresh, freshPage.id())).isPresent();
    }

    @Test
    void theScheduledPurgeRunsTheSamePurge() {
        FilingDraft expired = savedDraft(card());
        jdbc.update("update filing_draft set expires_at = utc_timestamp(6) - interval 1 second where id = ?",
                expired.savedId());

        purge.purge();

        assertThat(jdbc.queryForObject("select count(*) from filing_draft where id = ?", Integer.class,
                expired.savedId())).isZero();
        assertThat(scheduled.stream().flatMap(holder -> holder.getScheduledTasks().stream())
                .map(task -> task.getTask().getRunnable().toString()))
                .anySatisfy(task -> assertThat(task).contains("DraftPurge.purge"));
    }

    // --- limits -------------------------------------------------------------------------------------------------------

    @Test
    void aDocumentTakesAtMostTheConfiguredNumberOfPagesAndARefusalWritesNothing() {
        CitizenIdCard card = card();
        FilingDraft draft = savedDraft(card);
        for (int i = 0; i < limits.maxPagesPerDocument(); i++) {
            store.addPage(draft, card, 2, jpeg());
        }
        String content = (String) row(draft).get("content");
        Instant savedAt = instant(row(draft), "saved_at");
        draft.answer("childFullName", "written only with an accepted page");

        DocumentRefused refused = catchThrowableOfType(DocumentRefused.class,
                () -> store.addPage(draft, card, 2, jpeg()));

        assertThat(refused.reason()).isEqualTo(Reason.TOO_MANY_PAGES);
        assertThat(pageCount(draft)).isEqualTo(limits.maxPagesPerDocument());
        assertThat(row(draft).get("content")).isEqualTo(content);
        assertThat(instant(row(draft), "saved_at")).isEqualTo(savedAt);
        // another document of the same draft still has room
        store.addPage(draft, card, 3, jpeg());
        assertThat(pageCount(draft)).isEqualTo(limits.maxPagesPerDocument() + 1);
    }

    @Test
    void allPagesOfADraftTogetherStayUnderTheConfiguredSize() {
        CitizenIdCard card = card();
        FilingDraft draft = savedDraft(card);
        long max = limits.maxDraftSize().toBytes();
        int page = (int) limits.maxFileSize().toBytes();
        long stored = 0;
        int position = 2;
        try {
            while (stored + page <= max) {
                store.addPage(draft, card, position++, new AcceptedPage(AcceptedPage.PDF, new byte[page]));
                stored += page;
            }
            int rest = (int) (max - stored);
            if (rest > 0) {
                store.addPage(draft, card, position, new AcceptedPage(AcceptedPage.PDF, new byte[rest]));
            }
            int pagesBefore = pageCount(draft);

            DocumentRefused refused = catchThrowableOfType(DocumentRefused.class,
                    () -> store.addPage(draft, card, 9, jpeg()));

            assertThat(refused.reason()).isEqualTo(Reason.DRAFT_FULL);
            assertThat(pageCount(draft)).isEqualTo(pagesBefore);
            assertThat(jdbc.queryForObject("select sum(size_bytes) from filing_draft_page where draft_id = ?",
                    Long.class, draft.savedId())).isEqualTo(max);
        } finally {
            store.discard(draft);
        }
    }

    @Test
    void aRefusedFirstPageLeavesNoDraftAndNoCodeBehind() {
        CitizenIdCard card = card();
        FilingDraft draft = new FilingDraft(uniqueProcedureCode());
        AcceptedPage tooMuch = new AcceptedPage(AcceptedPage.PDF, new byte[(int) limits.maxDraftSize().toBytes() + 1]);

        DocumentRefused refused = catchThrowableOfType(DocumentRefused.class,
                () -> drafts.attach(draft, card, 2, tooMuch));

        assertThat(refused.reason()).isEqualTo(Reason.DRAFT_FULL);
        assertThat(jdbc.queryForObject("select count(*) from filing_draft where procedure_code = ?", Integer.class,
                draft.procedureCode())).isZero();
        assertThat(draft.draftCode()).as("no code for a draft that was not saved").isNull();
        assertThat(draft.pages(2)).isEmpty();

        drafts.keep(draft, card);
        assertThat(draft.draftCode()).isNotNull();
        assertThat(row(draft).get("draft_code")).isEqualTo(draft.draftCode());
    }

    @Test
    void removingAPageOnlyEverRemovesAPageOfThatDraft() {
        CitizenIdCard card = card();
        FilingDraft mine = savedDraft(card);
        FilingDraft.PageRef myPage = store.addPage(mine, card, 2, jpeg());
        CitizenIdCard theirCard = card();
        FilingDraft theirs = savedDraft(theirCard);
        FilingDraft.PageRef theirPage = store.addPage(theirs, theirCard, 2, pdf());

        store.removePage(mine, theirPage.id());
        assertThat(store.page(mine, theirPage.id())).as("never shown to another draft").isEmpty();
        assertThat(store.page(theirs, theirPage.id())).isPresent();
        assertThat(pageCount(theirs)).isOne();

        drafts.detach(mine, myPage.id());
        assertThat(pageCount(mine)).isZero();
        assertThat(store.page(mine, myPage.id())).isEmpty();
        store.removePage(new FilingDraft(uniqueProcedureCode()), theirPage.id());
        assertThat(pageCount(theirs)).isOne();
    }

    // --- submitting ---------------------------------------------------------------------------------------------------

    @Test
    void submittingStoresTheDeclarationAndTheAttachedDocumentsAndDeletesTheDraft() {
        Procedure birth = catalog.procedure("1.001193").orElseThrow();
        CitizenIdCard card = card();
        FilingDraft draft = drafts.forProcedure(birth.getCode());
        birth.getFormFields().forEach(field -> draft.answer(field.key(), "x"));
        draft.consented(99L);
        draft.deliverTo(ResultDelivery.COUNTER, null, "0901234567", "");
        drafts.keep(draft, card);
        byte[] photo = jpegPhoto();
        drafts.attach(draft, card, 2, new AcceptedPage(AcceptedPage.JPEG, photo));
        drafts.attach(draft, card, 2, pdf());
        drafts.attach(draft, card, 4, pdf());
        draft.skip(3);
        draft.skip(5);
        drafts.keep(draft, card);
        long draftId = draft.savedId();

        SubmittedDossier submitted = submission.submit(birth, card, draft);

        List<Map<String, Object>> documents = jdbc.queryForList("""
                select doc.position, doc.name, doc.kind, doc.page_count, p.page_no, p.content_type, p.size_bytes,
                       p.sha256
                  from dossier_document doc join dossier d on d.id = doc.dossier_id
                  left join dossier_document_page p on p.document_id = doc.id
                 where d.code = ? order by doc.position, p.page_no""", submitted.code());
        assertThat(documents).extracting(r -> List.of(r.get("position"), r.get("kind"), r.get("page_count"),
                String.valueOf(r.get("page_no")), String.valueOf(r.get("content_type")), String.valueOf(r.get("sha256"))))
                .containsExactly(
                        List.of(1, "ELECTRONIC_FORM", 0, "null", "null", "null"),
                        List.of(2, "ORIGINAL", 2, "1", "image/jpeg", Sha256.hex(photo)),
                        List.of(2, "ORIGINAL", 2, "2", "application/pdf", Sha256.hex(PDF_BYTES)),
                        List.of(3, "ORIGINAL", 1, "1", "application/pdf", Sha256.hex(PDF_BYTES)));
        List<String> names = birth.getDocuments().stream().map(document -> document.nameVi()).toList();
        assertThat(names.get(0)).startsWith("Tờ khai đăng ký khai sinh");
        assertThat(names.get(3)).startsWith("Văn bản xác nhận của cơ sở y tế");
        assertThat(documents).extracting(r -> (String) r.get("name"))
                .containsExactly(names.get(0), names.get(1), names.get(1), names.get(3));
        assertThat(jdbc.queryForObject("""
                select p.content from dossier_document_page p join dossier_document doc on doc.id = p.document_id
                  join dossier d on d.id = doc.dossier_id where d.code = ? and doc.position = 2 and p.page_no = 1""",
                byte[].class, submitted.code())).isEqualTo(photo);
        assertThat(jdbc.queryForObject("select consent_record_id from dossier where code = ?", Long.class,
                submitted.code())).isEqualTo(99L);

        assertThat(jdbc.queryForObject("select count(*) from filing_draft where id = ?", Integer.class, draftId))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from filing_draft_page where draft_id = ?", Integer.class,
                draftId)).isZero();
        assertThat(drafts.current()).isEmpty();
    }

    @Test
    void aDraftWithoutARequiredDocumentIsNotSubmittedAndIsKept() {
        Procedure birth = catalog.procedure("1.001193").orElseThrow();
        CitizenIdCard card = card();
        FilingDraft draft = drafts.forProcedure(birth.getCode());
        birth.getFormFields().forEach(field -> draft.answer(field.key(), "x"));
        draft.deliverTo(ResultDelivery.COUNTER, null, "0901234567", "");
        for (int optional = 3; optional <= 5; optional++) {
            draft.skip(optional);
        }
        drafts.keep(draft, card);
        int dossiersBefore = jdbc.queryForObject("select count(*) from dossier", Integer.class);

        Submission.Refused refused = catchThrowableOfType(Submission.Refused.class,
                () -> submission.submit(birth, card, draft));

        assertThat(refused.reason()).isEqualTo("DOCUMENTS");
        assertThat(jdbc.queryForObject("select count(*) from dossier", Integer.class)).isEqualTo(dossiersBefore);
        assertThat(jdbc.queryForObject("select count(*) from filing_draft where id = ?", Integer.class,
                draft.savedId())).isOne();
        assertThat(drafts.current()).containsSame(draft);
    }

    // --- helpers ------------------------------------------------------------------------------------------------------

    private FilingDraft savedDraft(CitizenIdCard card) {
        FilingDraft draft = new FilingDraft(uniqueProcedureCode());
        store.save(draft, card);
        return draft;
    }

    private static Resumption.Resumed resumed(Resumption resumption) {
        assertThat(resumption).isInstanceOf(Resumption.Resumed.class);
        return (Resumption.Resumed) resumption;
    }

    private Map<String, Object> row(FilingDraft draft) {
        return jdbc.queryForMap("select * from filing_draft where id = ?", draft.savedId());
    }

    private int failedAttempts(FilingDraft draft) {
        return jdbc.queryForObject("select failed_attempts from filing_draft where id = ?", Integer.class,
                draft.savedId());
    }

    private int pageCount(FilingDraft draft) {
        return jdbc.queryForObject("select count(*) from filing_draft_page where draft_id = ?", Integer.class,
                draft.savedId());
    }

    /** DATETIME(6) columns hold UTC (hibernate.jdbc.time_zone). */
    private static Instant instant(Map<String, Object> row, String column) {
        Object value = row.get(column);
        LocalDateTime time = value instanceof LocalDateTime local ? local
                : ((java.sql.Timestamp) value).toLocalDateTime();
        return time.toInstant(ZoneOffset.UTC);
    }

    private static AcceptedPage jpeg() {
        return new AcceptedPage(AcceptedPage.JPEG, JPEG_BYTES.clone());
    }

    private static AcceptedPage pdf() {
        return new AcceptedPage(AcceptedPage.PDF, PDF_BYTES.clone());
    }

    private static byte[] jpegPhoto() {
        byte[] photo = Arrays.copyOf(JPEG_BYTES, 64);
        ThreadLocalRandom.current().nextBytes(photo);
        System.arraycopy(JPEG_BYTES, 0, photo, 0, 4);
        return photo;
    }

    private static CitizenIdCard card() {
        return new CitizenIdCard(uniqueIdNumber(), null, "Nguyễn Văn An", LocalDate.of(1990, 8, 15), Sex.MALE,
                "Thôn Đông, Xã Yên Bình, Huyện Thạch Thất, Hà Nội", null);
    }

    /** A card with every field read, the old ID number and an issue date among them. */
    private static CitizenIdCard fullCard(String address) {
        return new CitizenIdCard(uniqueIdNumber(), "012345678", "Trần Thị Bích Ngọc", LocalDate.of(1992, 2, 29),
                Sex.FEMALE, address, LocalDate.of(2021, 7, 1));
    }

    /** Twelve digits, different for every card of every test. */
    private static String uniqueIdNumber() {
        return "0" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
    }

    /** Last four digits that are not this card's. */
    private static String wrong(CitizenIdCard card) {
        int digits = Integer.parseInt(card.lastFourDigits());
        return String.format("%04d", (digits + 1) % 10_000);
    }

    /** Procedure codes are free text to the draft store: a unique one finds this test's rows among others'. */
    private static String uniqueProcedureCode() {
        return "IT." + UUID.randomUUID().toString().substring(0, 8);
    }
}
