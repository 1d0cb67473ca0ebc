package vn.dvc.kiosk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * Dossiers filed and processed through the real services, their events counted by the dashboard's listeners, some
 * events handed over a second time: every row of the aggregate tables (the three grains, assisted filings by
 * volunteer group) must equal a full recount by SQL from the dossier tables ({@link DashboardRecount}).
 */
@KioskIntegrationTest
class DashboardAggregatesIT {

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
    void aggregatesAgreeWithAFullRecount() {
        String procedure = "IT.DASH." + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now(clock);

        // online, fee paid online, result by post, finished early, rated 4: a FULL-online dossier
        SubmittedDossier paid = fx.submit(procedure, SubmissionChannel.ONLINE, ResultDelivery.POSTAL, 20_000L,
                null);
        fx.pay(paid.code(), 20_000L);
        fx.awaitFeePaid(paid.code());
        fx.finishAndReturn(paid.code(), ResultDelivery.POSTAL);
        assertThat(ratings.rate(paid.trackingToken(), 4, "Nhanh")).isEqualTo(DossierRatings.Outcome.SAVED);

        // assisted online filing, no fee, electronic result, finished on the appointment day
        SubmittedDossier onTime = fx.submit(procedure, SubmissionChannel.ONLINE, ResultDelivery.ELECTRONIC, 0L,
                "Đỗ Gia Huy (TCNSCD-DEMO)");
        fx.setAppointment(onTime.code(), today);
        fx.finishAndReturn(onTime.code(), ResultDelivery.ELECTRONIC);

        // at the counter, result collected there, late; rated 2
        SubmittedDossier late = fx.submit(procedure, SubmissionChannel.IN_PERSON, ResultDelivery.COUNTER, null,
                null);
        fx.setAppointment(late.code(), today.minusDays(1));
        fx.finishAndReturn(late.code(), ResultDelivery.COUNTER);
        assertThat(ratings.rate(late.trackingToken(), 2, null)).isEqualTo(DossierRatings.Outcome.SAVED);

        // by post, finished but not returned yet; one refused; one left newly registered with a fee due
        SubmittedDossier finished = fx.submit(procedure, SubmissionChannel.PUBLIC_POST, ResultDelivery.POSTAL, 0L,
                null);
        fx.finish(finished.code());
        SubmittedDossier refused = fx.submit(procedure, SubmissionChannel.ONLINE, ResultDelivery.COUNTER, 0L,
                null);
        processing.act(refused.code(), DossierAction.REJECT, "Thiếu giấy chứng sinh", DashboardFixtures.OFFICER);
        SubmittedDossier due = fx.submit(procedure, SubmissionChannel.ONLINE, ResultDelivery.POSTAL, 50_000L,
                null);
        // a payment of less than the fee pays nothing, here as in the dossier's fee status
        fx.pay(due.code(), 10_000L);

        // by volunteer group: two filings by a signed-in volunteer of a group, one by a volunteer whose account is
        // gone (group ''), in a procedure of their own so that the counts above stay this procedure's
        String suffix = procedure.substring(procedure.lastIndexOf('.') + 1);
        String group = "IT-TNV-" + suffix;
        assertThat(accounts.createIfAbsent(new StaffMember("it.tnv." + suffix, "Lê Minh Tâm (kiểm thử)",
                StaffRole.ADVISOR, null, group, "00004", false), "mat-khau-kiem-thu")).isTrue();
        SubmittedDossier helped = fx.submit(procedure + ".TNV", SubmissionChannel.ONLINE, ResultDelivery.ELECTRONIC,
                0L, null, "it.tnv." + suffix);
        fx.submit(procedure + ".TNV", SubmissionChannel.ONLINE, ResultDelivery.ELECTRONIC, 0L, null,
                "it.tnv." + suffix);
        fx.submit(procedure + ".TNV", SubmissionChannel.IN_PERSON, ResultDelivery.COUNTER, 0L, null,
                "it.gone." + suffix);
        fx.awaitDashboardListeners();
        // the counting went through the event publication registry, which resubmits what a crash interrupted
        assertThat(jdbc.queryForObject("""
                select count(*) from event_publication where listener_id like '%DashboardCounting%'
                   and serialized_event like ?""", Integer.class, "%" + paid.code() + "%")).isGreaterThanOrEqualTo(5);

        Map<String, List<List<String>>> before = fx.aggregates();

        // every kind of event handed over again, as the publication registry does after a crash
        fx.handOverAgain(paid.code());
        fx.handOverAgain(helped.code());
        fx.awaitDashboardListeners();

        Map<String, List<List<String>>> after = fx.aggregates();
        assertThat(after).isEqualTo(before);
        assertThat(after).isEqualTo(fx.recount());

        // and the figures read from them, for this test's procedure alone
        Counts counts = figures.byProcedureOfUnit("000.00.00.H01", today, today).stream()
                .filter(row -> row.key().equals(procedure)).findFirst().orElseThrow().counts();
        assertThat(counts).isEqualTo(new Counts(6, 4, 1, 2, 1, 2, 1, 1, 3, 1, 1, 2, 2, 6));
        assertThat(counts.onlineShare().value()).isEqualTo(4 / 6.0);
        assertThat(counts.satisfaction().value()).isEqualTo(3.0);
        assertThat(counts.onlineShare().meets(figures.targets().onlineDossierShare())).isTrue();
        assertThat(figures.targets().onlineProcedureShare()).isEqualTo(0.8);

        YearMonth month = YearMonth.from(today);
        List<GroupFigure> groups = figures.assistedByGroup(month, month);
        assertThat(groups).contains(new GroupFigure(group, "00004", 2))
                .isSortedAccordingTo(Comparator.comparingLong(GroupFigure::receivedAssisted).reversed());
        assertThat(groups.stream().filter(row -> row.groupCode().isEmpty()).findFirst().orElseThrow()
                .receivedAssisted()).isGreaterThanOrEqualTo(2);
    }
}
