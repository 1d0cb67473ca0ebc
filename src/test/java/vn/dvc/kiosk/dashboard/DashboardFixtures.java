package vn.dvc.kiosk.dashboard;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.kiosk.calendar.ProcessingPeriod;
import vn.dvc.kiosk.dossier.Applicant;
import vn.dvc.kiosk.dossier.DocumentKind;
import vn.dvc.kiosk.dossier.DocumentPage;
import vn.dvc.kiosk.dossier.DossierAction;
import vn.dvc.kiosk.dossier.DossierApplication;
import vn.dvc.kiosk.dossier.DossierProcessing;
import vn.dvc.kiosk.dossier.DossierRated;
import vn.dvc.kiosk.dossier.DossierStatus;
import vn.dvc.kiosk.dossier.DossierStatusChanged;
import vn.dvc.kiosk.dossier.DossierSubmitted;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.HandedInDocument;
import vn.dvc.kiosk.dossier.ResultDelivery;
import vn.dvc.kiosk.dossier.SubmissionChannel;
import vn.dvc.kiosk.dossier.SubmittedDossier;
import vn.dvc.kiosk.payment.PaymentConfirmed;
import vn.dvc.kiosk.payment.PaymentMethod;

/**
 * What the dashboard's integration tests share: dossiers filed and moved through the real services, the payment
 * module's event, waiting for the listeners, and the aggregate tables and their recount as comparable rows. Made
 * with {@code AutowireCapableBeanFactory.createBean}, not scanned, so that every test keeps the one shared context.
 */
class DashboardFixtures {

    static final String OFFICER = "Nguyễn Thị Lan (kiểm thử)";

    private final Dossiers dossiers;
    private final DossierProcessing processing;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DashboardFixtures(Dossiers dossiers, DossierProcessing processing, JdbcTemplate jdbc,
            TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.dossiers = dossiers;
        this.processing = processing;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    SubmittedDossier submit(String procedure, SubmissionChannel channel, ResultDelivery delivery, Long fee,
            String assistedBy) {
        return submit(procedure, channel, delivery, fee, assistedBy, null);
    }

    SubmittedDossier submit(String procedure, SubmissionChannel channel, ResultDelivery delivery, Long fee,
            String assistedBy, String assistedByUsername) {
        return dossiers.submit(new DossierApplication(procedure, "Đăng ký khai sinh",
                ProcessingPeriod.workingDays(3).withCutoff(LocalTime.of(23, 59)),
                new Applicant("001190054321", "Nguyễn Thị Hoa", LocalDate.of(1990, 3, 8), "Nữ",
                        "Số 12 phố Nguyễn Chí Thanh, Hà Nội"),
                List.of(), delivery, delivery == ResultDelivery.POSTAL ? "Số 12 phố Nguyễn Chí Thanh, Hà Nội" : null,
                "0901234567", null, channel, fee, assistedBy, 17L,
                List.of(new HandedInDocument("Giấy chứng sinh", DocumentKind.ORIGINAL, List.of(
                        new DocumentPage("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1})))),
                assistedByUsername));
    }

    void finish(String code) {
        processing.act(code, DossierAction.ACCEPT, null, OFFICER);
        processing.act(code, DossierAction.START_PROCESSING, null, OFFICER);
        processing.act(code, DossierAction.FINISH, null, OFFICER);
    }

    void finishAndReturn(String code, ResultDelivery how) {
        finish(code);
        processing.returnResult(code, how, how == ResultDelivery.POSTAL ? "EB123456789VN" : null, OFFICER);
    }

    /** The payment module's event, as its ledger publishes it when the gateway confirms an order. */
    void pay(String code, long amount) {
        transactions.executeWithoutResult(tx -> events.publishEvent(new PaymentConfirmed(
                "IT" + UUID.randomUUID().toString().substring(0, 8), code, amount, PaymentMethod.VIETQR,
                clock.instant())));
    }

    /**
     * The dossier's events so far handed over again, as the publication registry does after a crash: submitted,
     * finished, returned, paid in full online and rated, each as far as its tables say it happened.
     */
    void handOverAgain(String code) {
        Instant now = clock.instant();
        Map<String, Object> d = jdbc.queryForMap("""
                select d.procedure_code, d.receiving_unit_code, d.finished_on, d.status, d.fee_status, d.fee_vnd,
                       r.score
                  from dossier d left join dossier_rating r on r.dossier_id = d.id where d.code = ?""", code);
        String unit = (String) d.get("receiving_unit_code");
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(new DossierSubmitted(code, (String) d.get("procedure_code"), unit,
                    SubmissionChannel.ONLINE, false, now));
            if (d.get("finished_on") != null) {
                events.publishEvent(new DossierStatusChanged(code, unit, DossierStatus.BEING_PROCESSED,
                        DossierStatus.PROCESSING_FINISHED, now));
            }
            if ("RESULT_RETURNED".equals(d.get("status"))) {
                events.publishEvent(new DossierStatusChanged(code, unit, DossierStatus.PROCESSING_FINISHED,
                        DossierStatus.RESULT_RETURNED, now));
            }
            if ("PAID".equals(d.get("fee_status")) && d.get("fee_vnd") != null) {
                events.publishEvent(new PaymentConfirmed("AGAIN-" + code, code,
                        ((Number) d.get("fee_vnd")).longValue(), PaymentMethod.VNPAY, now));
            }
            if (d.get("score") != null) {
                events.publishEvent(new DossierRated(code, ((Number) d.get("score")).intValue()));
            }
        });
    }

    void awaitFeePaid(String code) {
        await().atMost(Duration.ofSeconds(20)).until(() -> "PAID".equals(jdbc.queryForObject(
                "select fee_status from dossier where code = ?", String.class, code)));
    }

    /** A fixture: the appointment date the clock would have reached, so that finishing today is on time or late. */
    void setAppointment(String code, LocalDate day) {
        jdbc.update("update dossier set appointment_date = ? where code = ?", day, code);
    }

    void awaitDashboardListeners() {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("""
                select count(*) from event_publication where completion_date is null
                   and (listener_id like '%DashboardCounting%' or listener_id like '%DossierFees%')""",
                Integer.class) == 0);
    }

    /** Every aggregate table as it is. */
    Map<String, List<List<String>>> aggregates() {
        return DashboardRecount.TABLES.stream().collect(Collectors.toMap(Function.identity(),
                table -> rows("select " + DashboardRecount.columns(table) + " from " + table
                        + " order by 1, 2, 3" + (DashboardRecount.keyColumns(table).size() > 3 ? ", 4" : ""))));
    }

    /** Every aggregate table as a full recount from the dossier tables says it should be. */
    Map<String, List<List<String>>> recount() {
        int offset = clock.getZone().getRules().getOffset(clock.instant()).getTotalSeconds();
        return DashboardRecount.selects(offset).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> rows(e.getValue() + " order by 1, 2, 3"
                        + (DashboardRecount.keyColumns(e.getKey()).size() > 3 ? ", 4" : ""))));
    }

    /** Every value as text, so that the recount's DECIMAL sums compare with the tables' INT counters. */
    List<List<String>> rows(String sql, Object... args) {
        return jdbc.query(sql, (rs, i) -> {
            List<String> row = new ArrayList<>();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                row.add(String.valueOf(rs.getObject(c)));
            }
            return row;
        }, args);
    }
}
