package vn.dvc.kiosk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
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

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
import vn.dvc.kiosk.dossier.DossierRatings;
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
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * Dossiers filed and processed through the real services, their events counted by the dashboard's listeners, some
 * events handed over a second time: every row of the three aggregate tables must equal a full recount by SQL from
 * the dossier tables ({@link DashboardRecount}).
 */
@KioskIntegrationTest
class DashboardAggregatesIT {

    private static final String OFFICER = "Nguyễn Thị Lan (kiểm thử)";

    @Autowired
    Dossiers dossiers;

    @Autowired
    DossierProcessing processing;

    @Autowired
    DossierRatings ratings;

    @Autowired
    DashboardFigures figures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Clock clock;

    @Test
    void aggregatesAgreeWithAFullRecount() {
        String procedure = "IT.DASH." + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(clock);

        // online, fee paid online, result by post, finished early, rated 4: a FULL-online dossier
        SubmittedDossier paid = submit(procedure, SubmissionChannel.ONLINE, ResultDelivery.POSTAL, 20_000L, null);
        pay(paid.code(), 20_000L);
        awaitFeePaid(paid.code());
        finishAndReturn(paid.code(), ResultDelivery.POSTAL);
        assertThat(ratings.rate(paid.trackingToken(), 4, "Nhanh")).isEqualTo(DossierRatings.Outcome.SAVED);

        // assisted online filing, no fee, electronic result, finished on the appointment day
        SubmittedDossier onTime = submit(procedure, SubmissionChannel.ONLINE, ResultDelivery.ELECTRONIC, 0L,
                "Đỗ Gia Huy (TCNSCD-DEMO)");
        setAppointment(onTime.code(), today);
        finishAndReturn(onTime.code(), ResultDelivery.ELECTRONIC);

        // at the counter, result collected there, late; rated 2
        SubmittedDossier late = submit(procedure, SubmissionChannel.IN_PERSON, ResultDelivery.COUNTER, null, null);
        setAppointment(late.code(), today.minusDays(1));
        finishAndReturn(late.code(), ResultDelivery.COUNTER);
        assertThat(ratings.rate(late.trackingToken(), 2, null)).isEqualTo(DossierRatings.Outcome.SAVED);

        // by post, finished but not returned yet; one refused; one left newly registered with a fee due
        SubmittedDossier finished = submit(procedure, SubmissionChannel.PUBLIC_POST, ResultDelivery.POSTAL, 0L, null);
        processing.act(finished.code(), DossierAction.ACCEPT, null, OFFICER);
        processing.act(finished.code(), DossierAction.START_PROCESSING, null, OFFICER);
        processing.act(finished.code(), DossierAction.FINISH, null, OFFICER);
        SubmittedDossier refused = submit(procedure, SubmissionChannel.ONLINE, ResultDelivery.COUNTER, 0L, null);
        processing.act(refused.code(), DossierAction.REJECT, "Thiếu giấy chứng sinh", OFFICER);
        SubmittedDossier due = submit(procedure, SubmissionChannel.ONLINE, ResultDelivery.POSTAL, 50_000L, null);
        // a payment of less than the fee pays nothing, here as in the dossier's fee status
        pay(due.code(), 10_000L);
        awaitDashboardListeners();
        // the counting went through the event publication registry, which resubmits what a crash interrupted
        assertThat(jdbc.queryForObject("""
                select count(*) from event_publication where listener_id like '%DashboardCounting%'
                   and serialized_event like ?""", Integer.class, "%" + paid.code() + "%")).isGreaterThanOrEqualTo(5);

        Map<String, List<List<String>>> before = aggregates();

        // every kind of event handed over again, as the publication registry does after a crash
        Instant now = clock.instant();
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(new DossierSubmitted(paid.code(), procedure, "000.00.00.H01",
                    SubmissionChannel.ONLINE, false, now));
            events.publishEvent(new DossierStatusChanged(paid.code(), "000.00.00.H01", DossierStatus.BEING_PROCESSED,
                    DossierStatus.PROCESSING_FINISHED, now));
            events.publishEvent(new DossierStatusChanged(paid.code(), "000.00.00.H01",
                    DossierStatus.PROCESSING_FINISHED, DossierStatus.RESULT_RETURNED, now));
            events.publishEvent(new PaymentConfirmed("AGAIN", paid.code(), 20_000L, PaymentMethod.VNPAY, now));
            events.publishEvent(new DossierRated(paid.code(), 4));
        });
        awaitDashboardListeners();

        Map<String, List<List<String>>> after = aggregates();
        assertThat(after).isEqualTo(before);
        DashboardRecount.selects(offsetSeconds()).forEach((table, select) -> assertThat(after.get(table))
                .as(table).isEqualTo(rows(select + " order by 1, 2, 3, 4")));

        // and the figures read from them, for this test's procedure alone
        Counts counts = figures.byProcedureOfUnit("000.00.00.H01", today, today).stream()
                .filter(row -> row.key().equals(procedure)).findFirst().orElseThrow().counts();
        assertThat(counts).isEqualTo(new Counts(6, 4, 1, 2, 1, 2, 1, 1, 3, 1, 1, 2, 2, 6));
        assertThat(counts.onlineShare().value()).isEqualTo(4 / 6.0);
        assertThat(counts.satisfaction().value()).isEqualTo(3.0);
        assertThat(counts.onlineShare().meets(figures.targets().onlineDossierShare())).isTrue();
        assertThat(figures.targets().onlineProcedureShare()).isEqualTo(0.8);
    }

    private SubmittedDossier submit(String procedure, SubmissionChannel channel, ResultDelivery delivery, Long fee,
            String assistedBy) {
        return dossiers.submit(new DossierApplication(procedure, "Đăng ký khai sinh",
                ProcessingPeriod.workingDays(3).withCutoff(LocalTime.of(23, 59)),
                new Applicant("001190054321", "Nguyễn Thị Hoa", LocalDate.of(1990, 3, 8), "Nữ",
                        "Số 12 phố Nguyễn Chí Thanh, Hà Nội"),
                List.of(), delivery, delivery == ResultDelivery.POSTAL ? "Số 12 phố Nguyễn Chí Thanh, Hà Nội" : null,
                "0901234567", null, channel, fee, assistedBy, 17L,
                List.of(new HandedInDocument("Giấy chứng sinh", DocumentKind.ORIGINAL, List.of(
                        new DocumentPage("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1}))))));
    }

    private void finishAndReturn(String code, ResultDelivery how) {
        processing.act(code, DossierAction.ACCEPT, null, OFFICER);
        processing.act(code, DossierAction.START_PROCESSING, null, OFFICER);
        processing.act(code, DossierAction.FINISH, null, OFFICER);
        processing.returnResult(code, how, how == ResultDelivery.POSTAL ? "EB123456789VN" : null, OFFICER);
    }

    /** The payment module's event, as its ledger publishes it when the gateway confirms an order. */
    private void pay(String code, long amount) {
        transactions.executeWithoutResult(tx -> events.publishEvent(new PaymentConfirmed(
                "IT" + UUID.randomUUID().toString().substring(0, 8), code, amount, PaymentMethod.VIETQR,
                clock.instant())));
    }

    private void awaitFeePaid(String code) {
        await().atMost(Duration.ofSeconds(20)).until(() -> "PAID".equals(jdbc.queryForObject(
                "select fee_status from dossier where code = ?", String.class, code)));
    }

    /** A fixture: the appointment date the clock would have reached, so that finishing today is on time or late. */
    private void setAppointment(String code, LocalDate day) {
        jdbc.update("update dossier set appointment_date = ? where code = ?", day, code);
    }

    private void awaitDashboardListeners() {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("""
                select count(*) from event_publication where completion_date is null
                   and (listener_id like '%DashboardCounting%' or listener_id like '%DossierFees%')""",
                Integer.class) == 0);
    }

    private Map<String, List<List<String>>> aggregates() {
        return Map.of("dashboard_daily", table("dashboard_daily"), "dashboard_commune_month",
                table("dashboard_commune_month"), "dashboard_procedure_month", table("dashboard_procedure_month"));
    }

    private List<List<String>> table(String table) {
        return rows("select " + String.join(", ", DashboardRecount.keyColumns(table)) + ", "
                + DashboardRecount.COUNTERS + " from " + table + " order by 1, 2, 3, 4");
    }

    /** Every value as text, so that the recount's DECIMAL sums compare with the tables' INT counters. */
    private List<List<String>> rows(String sql) {
        return jdbc.query(sql, (rs, i) -> {
            List<String> row = new ArrayList<>();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                row.add(String.valueOf(rs.getObject(c)));
            }
            return row;
        });
    }

    private int offsetSeconds() {
        return clock.getZone().getRules().getOffset(clock.instant()).getTotalSeconds();
    }
}
