package vn.dvc.kiosk.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.dvc.kiosk.calendar.AppointmentCalendar;
import vn.dvc.kiosk.catalog.Catalog;
import vn.dvc.kiosk.dossier.DossierProcessing;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.DossierStatus;
import vn.dvc.kiosk.dossier.DossierStatusChanged;
import vn.dvc.kiosk.dossier.DossierSubmitted;
import vn.dvc.kiosk.dossier.FeeStatus;
import vn.dvc.kiosk.dossier.HistoryEntry;
import vn.dvc.kiosk.dossier.ResultDelivery;
import vn.dvc.kiosk.dossier.SubmissionChannel;
import vn.dvc.kiosk.dossier.SubmittedDossier;
import vn.dvc.kiosk.shared.security.StaffAccounts;
import vn.dvc.kiosk.shared.security.StaffMember;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * Counter dossiers against a real MariaDB (issue 8): registered at the officer's unit with the channel, accepted at once
 * under the officer's name, due by working days like an online dossier, published as DossierSubmitted and counted on
 * the COUNTER side of the leaders' dashboard; bad input writes nothing.
 */
@KioskIntegrationTest
@RecordApplicationEvents
class CounterRegistrationIT {

    /** Đăng ký thường trú: 20,000 VND at the counter (10,000 online), 7 working days. */
    static final String RESIDENCE = "1.004222";

    @Autowired
    CounterRegistration registration;

    @Autowired
    DossierProcessing processing;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Catalog catalog;

    @Autowired
    AppointmentCalendar calendar;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    java.time.Clock clock;

    StaffMember canbo;

    @BeforeEach
    void theDemoOfficer() {
        canbo = accounts.find("canbo").orElseThrow();
    }

    @Test
    void aCounterDossierIsAcceptedAtTheOfficersUnitAndCountedAsCounter() {
        awaitDashboardListeners();
        int before = receivedOnCounterSide(LocalDate.now(clock), RESIDENCE);

        SubmittedDossier submitted = registration.register(canbo, new CounterDossier(RESIDENCE,
                "  Trần Văn Hùng ", "001085012345", "090 123 4567", SubmissionChannel.PUBLIC_POST,
                ResultDelivery.POSTAL, "Số 5 phố Huế, Hà Nội", 2), Dossiers.newSubmissionKey());

        assertThat(submitted.code()).matches("000\\.00\\.00\\.H01-\\d{6}-\\d{4,}");
        var detail = processing.detail(submitted.code()).orElseThrow();
        assertThat(detail.receivingUnitCode()).isEqualTo(canbo.unitCode());
        assertThat(detail.channel()).isEqualTo(SubmissionChannel.PUBLIC_POST);
        assertThat(detail.status()).isEqualTo(DossierStatus.ACCEPTED);
        assertThat(detail.procedureName()).isEqualTo("Đăng ký thường trú");
        assertThat(detail.applicantFullName()).isEqualTo("Trần Văn Hùng");
        assertThat(detail.contactPhone()).isEqualTo("0901234567");
        assertThat(detail.assistedBy()).as("an officer is not a volunteer").isNull();
        assertThat(detail.feeVnd()).as("the counter fee, not the online rate").isEqualTo(20_000L);
        assertThat(detail.feeStatus()).isEqualTo(FeeStatus.AT_COUNTER);
        assertThat(detail.answers()).singleElement().satisfies(answer -> {
            assertThat(answer.key()).isEqualTo(CounterRegistration.SETS_KEY);
            assertThat(answer.value()).isEqualTo("2");
        });
        var period = catalog.procedure(RESIDENCE).orElseThrow().getProcessingTime().period();
        assertThat(detail.appointmentDate()).isEqualTo(calendar.appointmentDate(submitted.receivedAt(), period))
                .isEqualTo(submitted.appointmentDate());
        assertThat(detail.history()).extracting(HistoryEntry::from, HistoryEntry::to, HistoryEntry::changedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, DossierStatus.NEWLY_REGISTERED, canbo.actorLabel()),
                        org.assertj.core.groups.Tuple.tuple(DossierStatus.NEWLY_REGISTERED, DossierStatus.ACCEPTED,
                                canbo.actorLabel()));
        assertThat(jdbc.queryForObject("select consent_record_id from dossier where code = ?", Long.class,
                submitted.code())).as("the paper form is signed at the counter").isNull();

        assertThat(events.stream(DossierSubmitted.class)).singleElement().satisfies(event -> {
            assertThat(event.code()).isEqualTo(submitted.code());
            assertThat(event.channel()).isEqualTo(SubmissionChannel.PUBLIC_POST);
            assertThat(event.receivingUnitCode()).isEqualTo(canbo.unitCode());
            assertThat(event.assisted()).isFalse();
        });
        assertThat(events.stream(DossierStatusChanged.class)).extracting(DossierStatusChanged::to)
                .containsExactly(DossierStatus.NEWLY_REGISTERED, DossierStatus.ACCEPTED);

        awaitDashboardListeners();
        LocalDate day = submitted.receivedAt().toLocalDate();
        assertThat(receivedOnCounterSide(day, RESIDENCE)).isEqualTo(before + 1);
    }

    @Test
    void badInputWritesNothing() {
        int dossiersBefore = count();

        assertThatThrownBy(() -> registration.register(canbo, new CounterDossier("9.999999", "Trần Văn Hùng",
                "001085012345", null, SubmissionChannel.IN_PERSON, ResultDelivery.COUNTER, null, null), Dossiers.newSubmissionKey()))
                .isInstanceOfSatisfying(CounterRegistration.Refused.class, refused -> assertThat(refused.problems())
                        .containsExactly(CounterRegistration.Problem.PROCEDURE));
        assertThatThrownBy(() -> registration.register(canbo, new CounterDossier(RESIDENCE, "Trần Văn Hùng",
                "00108501234", null, SubmissionChannel.IN_PERSON, ResultDelivery.COUNTER, null, null), Dossiers.newSubmissionKey()))
                .isInstanceOfSatisfying(CounterRegistration.Refused.class, refused -> assertThat(refused.problems())
                        .containsExactly(CounterRegistration.Problem.ID_NUMBER));
        // 12 digits, but 999 is no province of birth registration
        assertThatThrownBy(() -> registration.register(canbo, new CounterDossier(RESIDENCE, " ",
                "999085012345", "12345", SubmissionChannel.ONLINE, ResultDelivery.POSTAL, null, 0),
                Dossiers.newSubmissionKey()))
                .isInstanceOfSatisfying(CounterRegistration.Refused.class, refused -> assertThat(refused.problems())
                        .containsExactlyInAnyOrder(CounterRegistration.Problem.ID_NUMBER,
                                CounterRegistration.Problem.FULL_NAME, CounterRegistration.Problem.PHONE,
                                CounterRegistration.Problem.CHANNEL, CounterRegistration.Problem.DELIVERY_ADDRESS,
                                CounterRegistration.Problem.NUMBER_OF_SETS));

        assertThat(count()).isEqualTo(dossiersBefore);
        assertThat(events.stream(DossierSubmitted.class)).isEmpty();
    }

    /**
     * The officer was told "not saved, try again" although the database had committed (its answer was lost), and
     * taps "Tiếp nhận" again with the same form: the dossier registered the first time, nothing twice.
     */
    @Test
    void theSameFormSentAgainIsRegisteredOnce() {
        int dossiersBefore = count();
        String key = Dossiers.newSubmissionKey();
        CounterDossier form = new CounterDossier(RESIDENCE, "Đinh Thị Hoa", "001185012346", null,
                SubmissionChannel.IN_PERSON, ResultDelivery.COUNTER, null, 1);

        SubmittedDossier first = registration.register(canbo, form, key);
        SubmittedDossier again = registration.register(canbo, form, key);

        assertThat(again).isEqualTo(first);
        assertThat(count()).isEqualTo(dossiersBefore + 1);
        assertThat(events.stream(DossierSubmitted.class)).singleElement()
                .satisfies(event -> assertThat(event.code()).isEqualTo(first.code()));
        assertThat(registration.register(canbo, form, Dossiers.newSubmissionKey()).code())
                .as("a new form is a new dossier").isNotEqualTo(first.code());
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from dossier", Integer.class);
    }

    private int receivedOnCounterSide(LocalDate day, String procedure) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select received from dashboard_daily where receiving_unit_code = ? and day = ?
                   and procedure_code = ? and channel_group = 'COUNTER'""", canbo.unitCode(), day, procedure);
        return rows.isEmpty() ? 0 : ((Number) rows.getFirst().get("received")).intValue();
    }

    /** The dashboard's listeners run after the commit, asynchronously, through the event publication registry. */
    private void awaitDashboardListeners() {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("""
                select count(*) from event_publication where completion_date is null
                   and listener_id like '%DashboardCounting%'""", Integer.class) == 0);
    }
}
