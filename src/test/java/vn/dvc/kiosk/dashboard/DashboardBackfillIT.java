package vn.dvc.kiosk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import vn.dvc.kiosk.dossier.DossierAction;
import vn.dvc.kiosk.dossier.DossierProcessing;
import vn.dvc.kiosk.dossier.DossierRatings;
import vn.dvc.kiosk.dossier.ResultDelivery;
import vn.dvc.kiosk.dossier.SubmissionChannel;
import vn.dvc.kiosk.dossier.SubmittedDossier;
import vn.dvc.kiosk.shared.security.StaffAccounts;
import vn.dvc.kiosk.shared.security.StaffMember;
import vn.dvc.kiosk.shared.security.StaffRole;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * The backfill of dossiers no listener counted (V21__dashboard_backfill.sql, then V22's of the group table):
 * dossiers filed and processed through the real services, the whole database taken back to before V20 (no counters,
 * no claims), one more dossier counted by the listeners, then the migrations' SQL run again. The counters must equal
 * a full recount ({@link DashboardRecount}), a second run must add nothing, old events handed over afterwards must
 * count nothing, and what happens to those dossiers later counts once.
 */
@KioskIntegrationTest
class DashboardBackfillIT {

    @Autowired
    AutowireCapableBeanFactory beans;

    @Autowired
    DossierProcessing processing;

    @Autowired
    DossierRatings ratings;

    @Autowired
    DashboardFigures figures;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    DashboardFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = beans.createBean(DashboardFixtures.class);
    }

    @Test
    void dossiersFromBeforeTheCountersAreCountedOnceAsTheListenersWould() {
        String procedure = "IT.BACKFILL." + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(clock);

        SubmittedDossier paid = fx.submit(procedure, SubmissionChannel.ONLINE, ResultDelivery.POSTAL, 20_000L,
                null);
        fx.pay(paid.code(), 20_000L);
        fx.awaitFeePaid(paid.code());
        fx.finishAndReturn(paid.code(), ResultDelivery.POSTAL);
        assertThat(ratings.rate(paid.trackingToken(), 5, null)).isEqualTo(DossierRatings.Outcome.SAVED);
        SubmittedDossier assisted = fx.submit(procedure, SubmissionChannel.ONLINE, ResultDelivery.ELECTRONIC, 0L,
                "Đỗ Gia Huy (TCNSCD-DEMO)");
        fx.setAppointment(assisted.code(), today);
        fx.finishAndReturn(assisted.code(), ResultDelivery.ELECTRONIC);
        SubmittedDossier late = fx.submit(procedure, SubmissionChannel.IN_PERSON, ResultDelivery.COUNTER, null,
                null);
        fx.setAppointment(late.code(), today.minusDays(1));
        fx.finishAndReturn(late.code(), ResultDelivery.COUNTER);
        assertThat(ratings.rate(late.trackingToken(), 2, null)).isEqualTo(DossierRatings.Outcome.SAVED);
        SubmittedDossier finished = fx.submit(procedure, SubmissionChannel.PUBLIC_POST, ResultDelivery.POSTAL, 0L,
                null);
        fx.finish(finished.code());
        SubmittedDossier refused = fx.submit(procedure, SubmissionChannel.ONLINE, ResultDelivery.COUNTER, 0L,
                null);
        processing.act(refused.code(), DossierAction.REJECT, "Thiếu giấy chứng sinh", DashboardFixtures.OFFICER);
        SubmittedDossier due = fx.submit(procedure, SubmissionChannel.ONLINE, ResultDelivery.POSTAL, 50_000L,
                null);
        fx.pay(due.code(), 10_000L);
        SubmittedDossier open = fx.submit(procedure, SubmissionChannel.ONLINE, ResultDelivery.ELECTRONIC, 30_000L,
                null);
        // received at 00:30 desk time today, still yesterday in UTC: must count on the desk's day
        SubmittedDossier night = fx.submit(procedure, SubmissionChannel.ONLINE, ResultDelivery.COUNTER, 0L, null);
        jdbc.update("update dossier set received_at = ? where code = ?", today.atTime(LocalTime.of(0, 30))
                .atZone(clock.getZone()).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime(), night.code());
        String suffix = procedure.substring(procedure.lastIndexOf('.') + 1);
        String group = "IT-BF-" + suffix;
        accounts.createIfAbsent(new StaffMember("it.bf." + suffix, "Phạm Thu Trang (kiểm thử)", StaffRole.ADVISOR,
                null, group, "00070", false), "mat-khau-kiem-thu");
        SubmittedDossier helped = fx.submit(procedure + ".TNV", SubmissionChannel.ONLINE, ResultDelivery.POSTAL, 0L,
                null, "it.bf." + suffix);
        fx.awaitDashboardListeners();

        // the whole database as before V20: dossiers, no counters (the group table's neither), no claims
        DashboardRecount.TABLES.forEach(table -> jdbc.update("delete from " + table));
        jdbc.update("delete from dashboard_applied_event");
        // one filed since, counted by the listeners into rows the backfill then adds to
        SubmittedDossier since = fx.submit(procedure, SubmissionChannel.ONLINE, ResultDelivery.POSTAL, 0L, null);
        fx.awaitDashboardListeners();
        backfill();
        fillGroupTable();
        Map<String, List<List<String>>> backfilled = fx.aggregates();
        assertThat(backfilled).isEqualTo(fx.recount());
        assertThat(jdbc.queryForList("select distinct day from dashboard_daily where procedure_code = ?",
                LocalDate.class, procedure)).containsExactly(today);

        backfill();
        assertThat(fx.aggregates()).as("a second run").isEqualTo(backfilled);

        for (SubmittedDossier dossier : List.of(paid, assisted, late, finished, refused, due, night, since,
                helped)) {
            fx.handOverAgain(dossier.code());
        }
        fx.awaitDashboardListeners();
        assertThat(fx.aggregates()).as("old events handed over again").isEqualTo(backfilled);

        // what happens to a backfilled dossier later is the listeners' to count
        fx.pay(open.code(), 30_000L);
        fx.awaitFeePaid(open.code());
        fx.finishAndReturn(open.code(), ResultDelivery.ELECTRONIC);
        assertThat(ratings.rate(open.trackingToken(), 5, null)).isEqualTo(DossierRatings.Outcome.SAVED);
        fx.awaitDashboardListeners();
        Map<String, List<List<String>>> later = fx.aggregates();
        assertThat(later).isEqualTo(fx.recount());
        backfill();
        assertThat(fx.aggregates()).as("a run after the listeners").isEqualTo(later);

        Counts counts = figures.byProcedureOfUnit("000.00.00.H01", today, today).stream()
                .filter(row -> row.key().equals(procedure)).findFirst().orElseThrow().counts();
        assertThat(counts).isEqualTo(new Counts(9, 7, 1, 3, 2, 3, 1, 1, 4, 1, 2, 3, 3, 12));
        YearMonth month = YearMonth.from(today);
        assertThat(figures.assistedByGroup(month, month)).contains(new GroupFigure(group, "00070", 1));
    }

    /**
     * V22's own backfill of the group table, which Flyway runs once, after V21 and before the listeners: every dossier
     * claimed 'S' by then, none of them in the new table yet. Not run twice: it has no claims of its own.
     */
    private void fillGroupTable() {
        String v22 = content("db/migration/V22__dashboard_assisted_by_group.sql");
        jdbc.execute(v22.substring(v22.indexOf("INSERT INTO dashboard_group_month")).strip().replaceAll(";$", ""));
    }

    private static String content(String resource) {
        try {
            return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What Flyway ran once at start-up, run again over the dossiers as they are now. */
    private void backfill() {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/migration/V21__dashboard_backfill.sql"));
            return null;
        });
    }
}
