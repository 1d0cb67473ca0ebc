package vn.dvc.kiosk.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.event.TransactionalApplicationListenerAdapter;
import vn.dvc.kiosk.calendar.AppointmentCalendar;
import vn.dvc.kiosk.calendar.ProcessingPeriod;
import vn.dvc.kiosk.shared.text.Sha256;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/** Submitting a dossier against a real MariaDB: all of it, or none of it. */
@KioskIntegrationTest
@RecordApplicationEvents
class DossierSubmissionIT {

    /**
     * Stands in for the listeners other features will have: the event publication registry records an event once
     * per after-commit listener, so without one there would be nothing to look for in event_publication.
     */
    private static final String LISTENER_ID = "DossierSubmissionIT.listener";

    private static final ProcessingPeriod THREE_WORKING_DAYS_CUTOFF_15 = ProcessingPeriod.workingDays(3)
            .withCutoff(LocalTime.of(15, 0));

    @Autowired
    Dossiers dossiers;

    @Autowired
    DossierProperties properties;

    @Autowired
    AppointmentCalendar calendar;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventMulticaster multicaster;

    @Autowired
    ApplicationEvents events;

    private final PublicationTarget listener = new PublicationTarget();

    /** A plain object, not a bean: a test configuration would start a second application context. */
    private static final class PublicationTarget
            extends TransactionalApplicationListenerAdapter<PayloadApplicationEvent<DossierSubmitted>> {

        PublicationTarget() {
            super(event -> {
            });
            setListenerId(LISTENER_ID);
        }
    }

    @BeforeEach
    void listenLikeAnotherFeature() {
        multicaster.addApplicationListener(listener);
    }

    @AfterEach
    void stopListening() {
        multicaster.removeApplicationListener(listener);
        jdbc.update("delete from event_publication where listener_id = ?", LISTENER_ID);
    }

    @Test
    void aSubmissionStoresTheWholeDossier() {
        String procedureCode = uniqueProcedureCode();
        String nfdName = Normalizer.normalize("Nguyễn Thị Lan", Normalizer.Form.NFD);
        DossierApplication application = application(procedureCode,
                new Applicant("001190012345", nfdName, LocalDate.of(1990, 3, 14), "Nữ", "Số 5 phố Huế, Hà Nội"),
                List.of(new DeclaredAnswer("child_name", "Họ tên trẻ", "Trần Minh An"),
                        new DeclaredAnswer("child_birth_date", "Ngày sinh của trẻ", "2026-11-02"),
                        new DeclaredAnswer("note", "Ghi chú", null)),
                ResultDelivery.POSTAL, "Số 5 phố Huế, Hà Nội", null);

        SubmittedDossier submitted = dossiers.submit(application);

        String today = LocalDate.now(clock).format(DateTimeFormatter.ofPattern("yyMMdd"));
        assertThat(submitted.code()).matches(Pattern.quote(properties.receivingUnitCode() + "-"
                + today + "-") + "\\d{4,}");
        assertThat(submitted.receivedAt().toLocalDate()).isEqualTo(LocalDate.now(clock));
        assertThat(submitted.appointmentDate())
                .isEqualTo(calendar.appointmentDate(submitted.receivedAt(), THREE_WORKING_DAYS_CUTOFF_15));
        assertThat(submitted.trackingToken()).hasSizeGreaterThanOrEqualTo(22).matches("[A-Za-z0-9_-]+");

        Map<String, Object> row = jdbc.queryForMap("select * from dossier where code = ?", submitted.code());
        assertThat(row).containsEntry("procedure_code", procedureCode)
                .containsEntry("procedure_name", "Đăng ký khai sinh")
                .containsEntry("receiving_unit_code", properties.receivingUnitCode())
                .containsEntry("status", "NEWLY_REGISTERED")
                .containsEntry("channel", "IN_PERSON")
                .containsEntry("applicant_id_number", "001190012345")
                .containsEntry("applicant_full_name", "Nguyễn Thị Lan")
                .containsEntry("applicant_sex", "Nữ")
                .containsEntry("applicant_address", "Số 5 phố Huế, Hà Nội")
                .containsEntry("result_delivery", "POSTAL")
                .containsEntry("delivery_address", "Số 5 phố Huế, Hà Nội")
                .containsEntry("contact_phone", "0901234567")
                .containsEntry("contact_email", "lan.nguyen@example.vn")
                .containsEntry("fee_vnd", 8000L)
                .containsEntry("fee_status", "DUE")
                .containsEntry("assisted_by", null)
                .containsEntry("consent_record_id", 17L)
                .containsEntry("tracking_token", submitted.trackingToken());
        assertThat(Normalizer.isNormalized((String) row.get("applicant_full_name"), Normalizer.Form.NFC)).isTrue();
        assertThat(jdbc.queryForObject("select applicant_date_of_birth from dossier where code = ?", LocalDate.class,
                submitted.code())).isEqualTo(LocalDate.of(1990, 3, 14));
        // received_at is the UTC instant; the receipt shows the desk's civil time
        LocalDateTime receivedAtUtc = submitted.receivedAt().atZone(clock.getZone())
                .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        assertThat(jdbc.queryForObject("select received_at from dossier where code = ?", LocalDateTime.class,
                submitted.code())).isEqualTo(receivedAtUtc);
        assertThat(jdbc.queryForObject("select counted_from from dossier where code = ?", LocalDate.class,
                submitted.code())).isEqualTo(calendar.receptionDay(submitted.receivedAt(), THREE_WORKING_DAYS_CUTOFF_15));
        assertThat(jdbc.queryForObject("select appointment_date from dossier where code = ?", LocalDate.class,
                submitted.code())).isEqualTo(submitted.appointmentDate());

        assertThat(jdbc.queryForList("""
                select a.position, a.field_key, a.label, a.value from dossier_answer a join dossier d on d.id = a.dossier_id
                 where d.code = ? order by a.position""", submitted.code()))
                .extracting(answer -> List.of(answer.get("position"), answer.get("field_key"), answer.get("label"),
                        String.valueOf(answer.get("value"))))
                .containsExactly(List.of(0, "child_name", "Họ tên trẻ", "Trần Minh An"),
                        List.of(1, "child_birth_date", "Ngày sinh của trẻ", "2026-11-02"),
                        List.of(2, "note", "Ghi chú", "null"));

        List<Map<String, Object>> history = jdbc.queryForList("""
                select c.from_status, c.to_status, c.changed_by, c.reason, cast(c.changed_at as char) as changed_at
                  from dossier_status_change c join dossier d on d.id = c.dossier_id where d.code = ?""",
                submitted.code());
        assertThat(history).singleElement().satisfies(change -> {
            assertThat(change.get("from_status")).isNull();
            assertThat(change.get("to_status")).isEqualTo("NEWLY_REGISTERED");
            assertThat(change.get("changed_by")).isEqualTo("kiosk");
            assertThat(change.get("reason")).isNull();
            assertThat(LocalDateTime.parse(((String) change.get("changed_at")).replace(' ', 'T')))
                    .isEqualTo(receivedAtUtc);
        });

        assertThat(jdbc.queryForList("""
                select doc.position, doc.name, doc.kind, doc.page_count, p.page_no, p.content_type, p.size_bytes,
                       p.sha256
                  from dossier_document doc join dossier d on d.id = doc.dossier_id
                  left join dossier_document_page p on p.document_id = doc.id
                 where d.code = ? order by doc.position, p.page_no""", submitted.code()))
                .extracting(page -> List.of(page.get("position"), page.get("name"), page.get("kind"),
                        page.get("page_count"), String.valueOf(page.get("content_type")),
                        String.valueOf(page.get("sha256"))))
                .containsExactly(List.of(1, "Tờ khai đăng ký khai sinh", "ELECTRONIC_FORM", 0, "null", "null"),
                        List.of(2, "Giấy chứng sinh", "ORIGINAL", 2, "image/jpeg", Sha256.hex(PAGE_ONE)),
                        List.of(2, "Giấy chứng sinh", "ORIGINAL", 2, "application/pdf", Sha256.hex(PAGE_TWO)));
        assertThat(jdbc.queryForObject("""
                select p.content from dossier_document_page p join dossier_document doc on doc.id = p.document_id
                  join dossier d on d.id = doc.dossier_id where d.code = ? and p.page_no = 2""", byte[].class,
                submitted.code())).isEqualTo(PAGE_TWO);

        assertThat(events.stream(DossierSubmitted.class)).containsExactly(new DossierSubmitted(submitted.code(),
                procedureCode, properties.receivingUnitCode(), SubmissionChannel.IN_PERSON, false,
                submitted.receivedAt().atZone(clock.getZone()).toInstant()));
        assertThat(publicationsFor(procedureCode)).isEqualTo(1);
    }

    @Test
    void theReceiptAndTrackingPagesFindTheDossierWithoutTheIdNumber() {
        SubmittedDossier submitted = dossiers.submit(application(uniqueProcedureCode(), lan(), List.of(),
                ResultDelivery.COUNTER, null, null));
        DossierView expected = new DossierView(submitted.code(), "Đăng ký khai sinh", DossierStatus.NEWLY_REGISTERED,
                submitted.receivedAt(), submitted.appointmentDate(), ResultDelivery.COUNTER, FeeStatus.DUE);

        assertThat(dossiers.byTrackingToken(submitted.trackingToken())).contains(expected);
        assertThat(dossiers.byCode(submitted.code())).contains(expected);
        assertThat(dossiers.byCode(" " + submitted.code() + " ")).contains(expected);
        assertThat(dossiers.byTrackingToken(swapCase(submitted.trackingToken()))).isEmpty();
        assertThat(dossiers.byTrackingToken("not-a-token")).isEmpty();
        assertThat(dossiers.byCode("000.00.00.H01-000101-0001")).isEmpty();
    }

    @Test
    void theReceiptSlipListsTheApplicantTheFeeAndTheDocumentsHandedIn() {
        SubmittedDossier submitted = dossiers.submit(application(uniqueProcedureCode(), lan(), List.of(),
                ResultDelivery.POSTAL, "Số 5 phố Huế, Hà Nội", null));

        DossierReceipt receipt = dossiers.receipt(submitted.trackingToken()).orElseThrow();

        assertThat(receipt.dossier().code()).isEqualTo(submitted.code());
        assertThat(receipt.receivingUnitCode()).isEqualTo(properties.receivingUnitCode());
        assertThat(receipt.receivingUnitName()).isEqualTo(properties.receivingUnitName()).isNotBlank();
        assertThat(receipt.applicantName()).isEqualTo("Nguyễn Thị Lan");
        assertThat(receipt.contactPhone()).isEqualTo("0901234567");
        assertThat(receipt.deliveryAddress()).isEqualTo("Số 5 phố Huế, Hà Nội");
        assertThat(receipt.feeVnd()).isEqualTo(8000L);
        assertThat(receipt.dossier().feeStatus()).isEqualTo(FeeStatus.DUE);
        assertThat(receipt.documents()).containsExactly(
                new DocumentSummary("Tờ khai đăng ký khai sinh", DocumentKind.ELECTRONIC_FORM, 0),
                new DocumentSummary("Giấy chứng sinh", DocumentKind.ORIGINAL, 2));
        assertThat(dossiers.receipt("not-a-token")).isEmpty();
    }

    @Test
    void aVolunteersSubmissionIsRegisteredInTheirName() {
        String procedureCode = uniqueProcedureCode();
        SubmittedDossier submitted = dossiers.submit(application(procedureCode, lan(), List.of(),
                ResultDelivery.COUNTER, null, "Trần Văn Bình (Tổ công nghệ số cộng đồng)"));

        assertThat(jdbc.queryForObject("""
                select c.changed_by from dossier_status_change c join dossier d on d.id = c.dossier_id
                 where d.code = ?""", String.class, submitted.code()))
                .isEqualTo("Trần Văn Bình (Tổ công nghệ số cộng đồng)");
        assertThat(events.stream(DossierSubmitted.class)).singleElement()
                .satisfies(event -> assertThat(event.assisted()).isTrue());
    }

    @Test
    void anInvalidApplicationWritesNothing() {
        String procedureCode = uniqueProcedureCode();
        String before = fingerprint();
        DossierApplication postalWithoutAddress = application(procedureCode,
                new Applicant("0011900123", "Nguyễn Thị Lan", null, null, null), List.of(), ResultDelivery.POSTAL,
                null, null);

        InvalidApplicationException refused = catchThrowableOfType(InvalidApplicationException.class,
                () -> dossiers.submit(postalWithoutAddress));

        assertThat(refused.reasons()).containsExactly(InvalidApplicationException.Reason.ID_NUMBER_INVALID,
                InvalidApplicationException.Reason.DELIVERY_ADDRESS_MISSING);
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(events.stream(DossierSubmitted.class)).isEmpty();
    }

    @Test
    void aFailureInTheMiddleOfTheTransactionLeavesNothingBehind() {
        String procedureCode = uniqueProcedureCode();
        String before = fingerprint();
        // a check the database has and the rules do not (since ApplicationRules refuses texts longer than their
        // columns, no real answer fails here any more): it refuses this answer when the answers are flushed, which
        // is after the code was counted, the dossier inserted and the event published
        DossierApplication application = application(procedureCode, lan(),
                List.of(new DeclaredAnswer("note", "Ghi chú", "refused-on-flush")), ResultDelivery.COUNTER, null, null);
        jdbc.execute("alter table dossier_answer add constraint ck_test_refused_on_flush "
                + "check (value is null or value <> 'refused-on-flush')");
        try {
            assertThatThrownBy(() -> dossiers.submit(application)).isInstanceOf(DataAccessException.class);
        } finally {
            jdbc.execute("alter table dossier_answer drop constraint ck_test_refused_on_flush");
        }

        assertThat(events.stream(DossierSubmitted.class)).as("published inside the transaction")
                .singleElement().satisfies(event -> assertThat(event.procedureCode()).isEqualTo(procedureCode));
        assertThat(jdbc.queryForObject("select count(*) from dossier where procedure_code = ?", Integer.class,
                procedureCode)).isZero();
        assertThat(publicationsFor(procedureCode)).isZero();
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void submittingAgainWithTheSameKeyReturnsTheDossierReceivedTheFirstTime() throws Exception {
        String procedureCode = uniqueProcedureCode();
        DossierApplication application = application(procedureCode, lan(), List.of(), ResultDelivery.COUNTER, null,
                null);
        String key = Dossiers.newSubmissionKey();

        SubmittedDossier first = dossiers.submitOnce(application, key);
        SubmittedDossier again = dossiers.submitOnce(application, key);
        // two requests with one key at the same moment (a double tap): one dossier, both told its code
        String secondKey = Dossiers.newSubmissionKey();
        try (var twoTaps = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var tapOne = twoTaps.submit(() -> dossiers.submitOnce(application, secondKey));
            var tapTwo = twoTaps.submit(() -> dossiers.submitOnce(application, secondKey));
            assertThat(tapOne.get().code()).isEqualTo(tapTwo.get().code());
        }

        assertThat(again).isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from dossier where procedure_code = ?", Integer.class,
                procedureCode)).isEqualTo(2);
        assertThat(events.stream(DossierSubmitted.class)).as("one event per dossier filed").hasSize(2);
        assertThatThrownBy(() -> dossiers.submitOnce(application, "not-a-key"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Rows of every dossier table, the day's counter and the recorded publications. */
    private String fingerprint() {
        return jdbc.queryForObject("""
                select concat((select count(*) from dossier), ':', (select count(*) from dossier_answer), ':',
                              (select count(*) from dossier_status_change), ':',
                              (select count(*) from dossier_document), ':',
                              (select count(*) from dossier_document_page), ':',
                              (select coalesce(sum(last_value), 0) from dossier_code_counter), ':',
                              (select count(*) from event_publication))""", String.class);
    }

    private int publicationsFor(String procedureCode) {
        return jdbc.queryForObject("""
                select count(*) from event_publication where listener_id = ? and event_type = ?
                   and serialized_event like concat('%', ?, '%')""", Integer.class, LISTENER_ID,
                DossierSubmitted.class.getName(), procedureCode);
    }

    private static DossierApplication application(String procedureCode, Applicant applicant,
            List<DeclaredAnswer> answers, ResultDelivery delivery, String deliveryAddress, String assistedBy) {
        return new DossierApplication(procedureCode, "Đăng ký khai sinh", THREE_WORKING_DAYS_CUTOFF_15, applicant,
                answers, delivery, deliveryAddress, "090 123.4567", "lan.nguyen@example.vn",
                SubmissionChannel.IN_PERSON, 8000L, assistedBy, 17L, List.of(
                        new HandedInDocument("Tờ khai đăng ký khai sinh", DocumentKind.ELECTRONIC_FORM, List.of()),
                        new HandedInDocument("Giấy chứng sinh", DocumentKind.ORIGINAL, List.of(
                                new DocumentPage("image/jpeg", PAGE_ONE), new DocumentPage("application/pdf", PAGE_TWO)))));
    }

    private static final byte[] PAGE_ONE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3};
    private static final byte[] PAGE_TWO = "%PDF-1.7 page two".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static Applicant lan() {
        return new Applicant("001190012345", "Nguyễn Thị Lan", LocalDate.of(1990, 3, 14), "Nữ",
                "Số 5 phố Huế, Hà Nội");
    }

    /** Procedure codes are free text to the dossier module: a unique one finds this test's rows among others'. */
    private static String uniqueProcedureCode() {
        return "IT." + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String swapCase(String text) {
        StringBuilder swapped = new StringBuilder();
        text.chars().forEach(c -> swapped.append((char) (Character.isUpperCase(c) ? Character.toLowerCase(c)
                : Character.toUpperCase(c))));
        return swapped.toString();
    }
}
