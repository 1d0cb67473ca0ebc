package vn.dvc.kiosk.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.dvc.kiosk.calendar.ProcessingPeriod;
import vn.dvc.kiosk.shared.web.LookupRateLimiter;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * The resident's side of a request for papers and of the rating, against a real MariaDB: the code and the ID digits
 * are checked again, pages and the status change are written together or not at all, and a dossier is rated once.
 */
@KioskIntegrationTest
@RecordApplicationEvents
class ResidentSupplementIT {

    private static final String OFFICER = "Nguyễn Văn An (UBND phường Hoàn Kiếm)";
    private static final DocumentPage JPEG = new DocumentPage("image/jpeg",
            new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1});

    @Autowired
    Dossiers dossiers;

    @Autowired
    DossierProcessing processing;

    @Autowired
    DossierSupplements supplements;

    @Autowired
    DossierRatings ratings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LookupRateLimiter limiter;

    @LocalServerPort
    int port;

    @AfterEach
    void giveTheAllowanceBack() {
        limiter.forget("127.0.0.1");
    }

    @Autowired
    ApplicationEvents events;

    @Test
    void thePapersBecomeADocumentAndProcessingResumesInOneStep() throws Exception {
        SubmittedDossier dossier = submit();
        askForPapers(dossier.code(), "Bản sao giấy chứng sinh có chứng thực");
        assertThat(dossiers.track(dossier.code(), "2345")).get().satisfies(tracked -> {
            assertThat(tracked.supplementRequest()).isEqualTo("Bản sao giấy chứng sinh có chứng thực");
            assertThat(tracked.timeline()).extracting(TimelineStep::step).contains(
                    DossierStatus.ResidentStep.SUPPLEMENT_REQUESTED);
        });

        HttpResponse<String> status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + "/api/dossiers/" + dossier.code() + "/status?idLast4=2345")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(status.body()).contains("\"status\":\"SUPPLEMENT_REQUESTED\"",
                "\"supplementRequest\":\"Bản sao giấy chứng sinh có chứng thực\"",
                "{\"step\":\"SUPPLEMENT_REQUESTED\",\"reachedOn\":\"", "\"state\":\"CURRENT\"",
                "{\"step\":\"COMPLETED\",\"reachedOn\":null,\"state\":\"AHEAD\"}");

        SupplementReceived received = supplements.receive(dossier.code().toLowerCase(), " 2345 ",
                List.of(JPEG, new DocumentPage("application/pdf", "%PDF-1.7 %%EOF".getBytes())),
                "Cha\u0301u đã chụp bản sao.");

        assertThat(received.pageCount()).isEqualTo(2);
        assertThat(received.documentName()).matches("Giấy tờ bổ sung ngày \\d\\d/\\d\\d/\\d{4}");
        DossierDetail detail = processing.detail(dossier.code()).orElseThrow();
        assertThat(detail.status()).isEqualTo(DossierStatus.BEING_PROCESSED);
        assertThat(detail.documents()).last().satisfies(document -> {
            assertThat(document.name()).isEqualTo(received.documentName());
            assertThat(document.pageCount()).isEqualTo(2);
        });
        assertThat(detail.history()).last().satisfies(step -> {
            assertThat(step.changedBy()).isEqualTo(DossierSupplements.RESIDENT);
            assertThat(step.reason()).isEqualTo("Cháu đã chụp bản sao.")
                    .isEqualTo(Normalizer.normalize(step.reason(), Normalizer.Form.NFC));
        });
        assertThat(jdbc.queryForObject("""
                select count(*) from dossier_document_page p join dossier_document d on d.id = p.document_id
                  join dossier x on x.id = d.dossier_id where x.code = ? and d.position = 3""", Integer.class,
                dossier.code())).isEqualTo(2);
        assertThat(events.stream(DossierStatusChanged.class)).extracting(DossierStatusChanged::to)
                .endsWith(DossierStatus.BEING_PROCESSED);
        assertThat(dossiers.track(dossier.code(), "2345").orElseThrow().supplementRequest()).isNull();
    }

    @Test
    void wrongDigitsAndAnotherStatusAreRefusedAndWriteNothing() {
        SubmittedDossier dossier = submit();
        processing.act(dossier.code(), DossierAction.ACCEPT, null, OFFICER);

        assertRefused(dossier.code(), "2345", SupplementRefusedException.Reason.NOT_REQUESTED);
        processing.act(dossier.code(), DossierAction.START_PROCESSING, null, OFFICER);
        processing.act(dossier.code(), DossierAction.REQUEST_SUPPLEMENT, "Tờ khai có chữ ký", OFFICER);
        assertRefused(dossier.code(), "2346", SupplementRefusedException.Reason.NOT_FOUND);
        assertRefused(dossier.code(), "12345", SupplementRefusedException.Reason.NOT_FOUND);
        assertRefused("000.00.00.H01-000101-0001", "2345", SupplementRefusedException.Reason.NOT_FOUND);
        assertThatThrownBy(() -> supplements.receive(dossier.code(), "2345", List.of(), "  "))
                .isInstanceOfSatisfying(SupplementRefusedException.class, refused -> assertThat(refused.reason())
                        .isEqualTo(SupplementRefusedException.Reason.NOTHING_GIVEN));

        assertThat(documentsOf(dossier.code())).isEqualTo(2);
        assertThat(processing.detail(dossier.code()).orElseThrow().status())
                .isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);

        supplements.receive(dossier.code(), "2345", List.of(), "Tôi đã ký vào tờ khai tại bộ phận Một cửa.");
        assertRefused(dossier.code(), "2345", SupplementRefusedException.Reason.NOT_REQUESTED);
        assertThat(documentsOf(dossier.code())).as("an answer alone adds no document").isEqualTo(2);
    }

    @Test
    void aPageTheDatabaseRefusesRollsTheStatusChangeBackToo() {
        SubmittedDossier dossier = submit();
        askForPapers(dossier.code(), "Bản sao sổ hộ khẩu");
        List<Map<String, Object>> before = jdbc.queryForList(
                "select c.id from dossier_status_change c join dossier d on d.id = c.dossier_id where d.code = ?",
                dossier.code());
        // longer than the content_type column: the page insert fails after the status change was flushed
        DocumentPage unstorable = new DocumentPage("image/" + "x".repeat(80), new byte[] {1, 2, 3});

        assertThatThrownBy(() -> supplements.receive(dossier.code(), "2345", List.of(JPEG, unstorable), null))
                .isNotInstanceOf(SupplementRefusedException.class);

        assertThat(processing.detail(dossier.code()).orElseThrow().status())
                .isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        assertThat(jdbc.queryForList(
                "select c.id from dossier_status_change c join dossier d on d.id = c.dossier_id where d.code = ?",
                dossier.code())).isEqualTo(before);
        assertThat(documentsOf(dossier.code())).isEqualTo(2);
        assertThat(supplements.receive(dossier.code(), "2345", List.of(JPEG), null).pageCount()).isEqualTo(1);
    }

    @Test
    void aReturnedResultIsRatedOnceWithItsCommentInNfc() {
        SubmittedDossier dossier = submit();
        String token = dossier.trackingToken();
        assertThat(ratings.awaitsRating(token)).isFalse();
        assertThat(ratings.rate(token, 5, null)).isEqualTo(DossierRatings.Outcome.NOT_RATEABLE);
        processing.act(dossier.code(), DossierAction.ACCEPT, null, OFFICER);
        processing.act(dossier.code(), DossierAction.START_PROCESSING, null, OFFICER);
        processing.act(dossier.code(), DossierAction.FINISH, null, OFFICER);
        processing.returnResult(dossier.code(), ResultDelivery.COUNTER, null, OFFICER);
        assertThat(ratings.awaitsRating(token)).isTrue();

        assertThat(ratings.rate(token, 4, "  Cán bộ hướng dẫn ta\u0323\u0302n tình  "))
                .isEqualTo(DossierRatings.Outcome.SAVED);
        assertThat(ratings.rate(token, 1, "lần hai")).isEqualTo(DossierRatings.Outcome.ALREADY_RATED);

        assertThat(ratings.awaitsRating(token)).isFalse();
        assertThat(jdbc.queryForList("""
                select r.score, r.comment from dossier_rating r join dossier d on d.id = r.dossier_id
                 where d.code = ?""", dossier.code())).singleElement().satisfies(row -> {
                     assertThat(((Number) row.get("score")).intValue()).isEqualTo(4);
                     assertThat(row.get("comment")).isEqualTo("Cán bộ hướng dẫn tận tình");
                 });
        assertThat(events.stream(DossierRated.class)).containsExactly(new DossierRated(dossier.code(), 4));
        assertThatThrownBy(() -> ratings.rate(token, 6, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoScreensRatingAtTheSameMomentKeepOneRating() throws Exception {
        SubmittedDossier dossier = submit();
        processing.act(dossier.code(), DossierAction.ACCEPT, null, OFFICER);
        processing.act(dossier.code(), DossierAction.START_PROCESSING, null, OFFICER);
        processing.act(dossier.code(), DossierAction.FINISH, null, OFFICER);
        processing.returnResult(dossier.code(), ResultDelivery.COUNTER, null, OFFICER);

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<DossierRatings.Outcome>> racing = IntStream.rangeClosed(1, 4)
                .mapToObj(score -> CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return ratings.rate(dossier.trackingToken(), score, null);
                })).toList();
        start.countDown();

        assertThat(racing.stream().map(CompletableFuture::join).toList())
                .containsOnlyOnce(DossierRatings.Outcome.SAVED)
                .containsOnly(DossierRatings.Outcome.SAVED, DossierRatings.Outcome.ALREADY_RATED);
        assertThat(jdbc.queryForObject("select count(*) from dossier_rating r join dossier d on d.id = r.dossier_id "
                + "where d.code = ?", Integer.class, dossier.code())).isEqualTo(1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void assertRefused(String code, String digits, SupplementRefusedException.Reason reason) {
        assertThatThrownBy(() -> supplements.receive(code, digits, List.of(JPEG), "x"))
                .isInstanceOfSatisfying(SupplementRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(reason));
    }

    private void askForPapers(String code, String what) {
        processing.act(code, DossierAction.ACCEPT, null, OFFICER);
        processing.act(code, DossierAction.START_PROCESSING, null, OFFICER);
        processing.act(code, DossierAction.REQUEST_SUPPLEMENT, what, OFFICER);
    }

    private int documentsOf(String code) {
        return jdbc.queryForObject("select count(*) from dossier_document d join dossier x on x.id = d.dossier_id "
                + "where x.code = ?", Integer.class, code);
    }

    private SubmittedDossier submit() {
        return dossiers.submit(new DossierApplication("IT." + UUID.randomUUID().toString().substring(0, 8),
                "Đăng ký khai sinh", ProcessingPeriod.workingDays(3), new Applicant("001190012345",
                        "Nguyễn Thị Lan", LocalDate.of(1990, 3, 14), "Nữ", "Số 5 phố Huế, Hà Nội"),
                List.of(), ResultDelivery.COUNTER, null, "0901234567", null, SubmissionChannel.IN_PERSON, null, null,
                17L, List.of(
                        new HandedInDocument("Tờ khai đăng ký khai sinh", DocumentKind.ELECTRONIC_FORM, List.of()),
                        new HandedInDocument("Giấy chứng sinh", DocumentKind.ORIGINAL, List.of(JPEG)))));
    }
}
