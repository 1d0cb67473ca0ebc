package vn.dvc.kiosk.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalApplicationListenerAdapter;
import org.springframework.transaction.support.TransactionTemplate;
import jakarta.persistence.EntityManagerFactory;
import vn.dvc.kiosk.calendar.AppointmentCalendar;
import vn.dvc.kiosk.calendar.ProcessingPeriod;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/** The officer desk's service against a real MariaDB: history, events, the clock, the fee, races and the queue. */
@KioskIntegrationTest
@RecordApplicationEvents
class DossierProcessingIT {

    private static final String LISTENER_ID = "DossierProcessingIT.listener";
    private static final String OFFICER = "Nguyễn Văn An (UBND phường Hoàn Kiếm)";
    private static final ZoneId DESK = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    Dossiers dossiers;

    @Autowired
    DossierProcessing processing;

    @Autowired
    DossierRepository repository;

    @Autowired
    AppointmentCalendar calendar;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    ApplicationEventMulticaster multicaster;

    @Autowired
    ApplicationEvents events;

    private final PublicationTarget listener = new PublicationTarget();

    private static final class PublicationTarget
            extends TransactionalApplicationListenerAdapter<PayloadApplicationEvent<DossierStatusChanged>> {

        PublicationTarget() {
            super(event -> {
            });
            setListenerId(LISTENER_ID);
        }
    }

    @BeforeEach
    void listenLikeTheNotifications() {
        multicaster.addApplicationListener(listener);
    }

    @AfterEach
    void stopListening() {
        multicaster.removeApplicationListener(listener);
        jdbc.update("delete from event_publication where listener_id = ?", LISTENER_ID);
    }

    @Test
    void eachActionRecordsItsStepAndPublishesItsEvent() {
        String unit = uniqueUnit();
        String code = submit(unit, null);
        assertThat(events.stream(DossierStatusChanged.class)).singleElement().satisfies(event -> {
            assertThat(event.from()).isNull();
            assertThat(event.to()).isEqualTo(DossierStatus.NEWLY_REGISTERED);
            assertThat(event.receivingUnitCode()).isEqualTo(unit);
        });
        assertThat(processing.allowedActions(code)).containsExactly(DossierAction.ACCEPT, DossierAction.REJECT,
                DossierAction.WITHDRAW);

        processing.act(code, DossierAction.ACCEPT, null, OFFICER);
        processing.act(code, DossierAction.START_PROCESSING, null, OFFICER);
        processing.act(code, DossierAction.REQUEST_SUPPLEMENT, "Bản sao giấy chứng sinh có chứng thực", OFFICER);
        processing.act(code, DossierAction.SUPPLEMENT_RECEIVED, null, "Nguyễn Thị Lan");
        processing.act(code, DossierAction.REQUEST_FINANCIAL_OBLIGATION, "Lệ phí trước bạ 500.000 đ", OFFICER);
        processing.act(code, DossierAction.OBLIGATION_MET, null, OFFICER);
        processing.act(code, DossierAction.STOP, "Chờ xác minh của công an", OFFICER);
        processing.act(code, DossierAction.RESUME, null, OFFICER);
        processing.act(code, DossierAction.FINISH, "Giấy khai sinh bản điện tử", OFFICER);
        assertThat(processing.returnResult(code, ResultDelivery.POSTAL, "EMS123456789VN", OFFICER))
                .isEqualTo(DossierStatus.RESULT_RETURNED);

        List<Map<String, Object>> history = jdbc.queryForList("""
                select c.from_status, c.to_status, c.changed_by, c.reason from dossier_status_change c
                  join dossier d on d.id = c.dossier_id where d.code = ? order by c.id""", code);
        assertThat(history).extracting(row -> row.get("from_status") + ">" + row.get("to_status")).containsExactly(
                "null>NEWLY_REGISTERED", "NEWLY_REGISTERED>ACCEPTED", "ACCEPTED>BEING_PROCESSED",
                "BEING_PROCESSED>SUPPLEMENT_REQUESTED", "SUPPLEMENT_REQUESTED>BEING_PROCESSED",
                "BEING_PROCESSED>FINANCIAL_OBLIGATION_REQUESTED", "FINANCIAL_OBLIGATION_REQUESTED>BEING_PROCESSED",
                "BEING_PROCESSED>PROCESSING_STOPPED", "PROCESSING_STOPPED>BEING_PROCESSED",
                "BEING_PROCESSED>PROCESSING_FINISHED", "PROCESSING_FINISHED>RESULT_RETURNED");
        assertThat(history.get(3)).containsEntry("changed_by", OFFICER)
                .containsEntry("reason", "Bản sao giấy chứng sinh có chứng thực");
        assertThat(history.get(4)).containsEntry("changed_by", "Nguyễn Thị Lan");
        assertThat(history.get(10)).containsEntry("reason", "POSTAL EMS123456789VN");

        assertThat(events.stream(DossierStatusChanged.class)).hasSize(11)
                .allSatisfy(event -> assertThat(event.code()).isEqualTo(code))
                .extracting(DossierStatusChanged::to).endsWith(DossierStatus.RESULT_RETURNED);
        assertThat(publicationsFor(code)).isEqualTo(11);
        assertThat(processing.allowedActions(code)).isEmpty();

        DossierDetail detail = processing.detail(code).orElseThrow();
        assertThat(detail.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
        assertThat(detail.history()).hasSize(11);
        assertThat(detail.documents()).extracting(DocumentSummary::pageCount).containsExactly(0, 2);
        assertThat(detail.answers()).containsExactly(new DeclaredAnswer("child_name", "Họ tên trẻ", "Trần Minh An"));
        assertThat(detail.finishedOn()).isNotNull();
        assertThat(detail.timeliness()).isNotNull();
    }

    @Test
    void aRefusedActionWritesNothingAndSaysWhatIsAllowed() {
        String code = submit(uniqueUnit(), null);
        IllegalTransitionException refused = catchThrowableOfType(IllegalTransitionException.class,
                () -> processing.act(code, DossierAction.FINISH, null, OFFICER));
        assertThat(refused.allowed()).containsExactlyInAnyOrder(DossierAction.ACCEPT, DossierAction.REJECT,
                DossierAction.WITHDRAW);
        assertThatThrownBy(() -> processing.act(code, DossierAction.REJECT, " ", OFFICER))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("needs a reason");

        assertThat(historyOf(code)).containsExactly("NEWLY_REGISTERED");
        assertThat(events.stream(DossierStatusChanged.class)).hasSize(1);
        assertThat(publicationsFor(code)).isEqualTo(1);

        processing.act(code, DossierAction.REJECT, "Hồ sơ không thuộc thẩm quyền", OFFICER);
        assertThat(historyOf(code)).containsExactly("NEWLY_REGISTERED", "NOT_ACCEPTED");
    }

    @Test
    void aDueFeeBlocksAcceptingUntilPaidAtTheCounter() {
        String code = submit(uniqueUnit(), 8000L);
        assertThat(processing.allowedActions(code)).containsExactly(DossierAction.REJECT, DossierAction.WITHDRAW);
        assertThatThrownBy(() -> processing.act(code, DossierAction.ACCEPT, null, OFFICER))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("fee is due");
        assertThat(historyOf(code)).containsExactly("NEWLY_REGISTERED");

        new TransactionTemplate(transactions)
                .executeWithoutResult(tx -> repository.findByCode(code).orElseThrow().feeAtCounter());
        assertThat(processing.act(code, DossierAction.ACCEPT, null, OFFICER)).isEqualTo(DossierStatus.ACCEPTED);
    }

    @Test
    void thePausedWorkingDaysMoveTheAppointment() {
        String code = submit(uniqueUnit(), null);
        LocalDate appointment = processing.detail(code).orElseThrow().appointmentDate();
        processing.act(code, DossierAction.ACCEPT, null, OFFICER);
        processing.act(code, DossierAction.START_PROCESSING, null, OFFICER);

        // paused on Tuesday 1 December 2026, resumed on Monday 7 December: Wed, Thu, Fri and Mon did not count
        LocalDate pausedOn = LocalDate.of(2026, 12, 1);
        LocalDate resumedOn = LocalDate.of(2026, 12, 7);
        processing.act(code, DossierAction.REQUEST_SUPPLEMENT, "Tờ khai có chữ ký", OFFICER, at(pausedOn));
        DossierDetail paused = processing.detail(code, pausedOn.plusDays(1)).orElseThrow();
        assertThat(paused.pausedSince()).isEqualTo(pausedOn);
        assertThat(paused.appointmentDate()).isEqualTo(appointment);

        // a stop while waiting for the resident keeps the pause going from its first day
        processing.act(code, DossierAction.STOP, "Chờ xác minh", OFFICER, at(pausedOn.plusDays(2)));
        processing.act(code, DossierAction.RESUME, null, OFFICER, at(resumedOn));

        int pausedDays = calendar.workingDaysBetween(pausedOn, resumedOn);
        assertThat(pausedDays).isEqualTo(4);
        DossierDetail resumed = processing.detail(code, resumedOn).orElseThrow();
        assertThat(resumed.pausedSince()).isNull();
        assertThat(resumed.pausedWorkingDays()).isEqualTo(pausedDays);
        assertThat(resumed.appointmentDate()).isEqualTo(calendar.addWorkingDays(appointment, pausedDays));
        assertThat(jdbc.queryForObject("select appointment_date from dossier where code = ?", LocalDate.class, code))
                .isEqualTo(resumed.appointmentDate());

        // a pause begun and ended the same day moves nothing
        processing.act(code, DossierAction.REQUEST_FINANCIAL_OBLIGATION, "Thuế", OFFICER, at(resumedOn));
        processing.act(code, DossierAction.OBLIGATION_MET, null, OFFICER, at(resumedOn));
        assertThat(processing.detail(code, resumedOn).orElseThrow().appointmentDate())
                .isEqualTo(resumed.appointmentDate());

        LocalDate due = resumed.appointmentDate();
        processing.act(code, DossierAction.FINISH, null, OFFICER, at(due));
        DossierDetail finished = processing.detail(code, due.plusDays(30)).orElseThrow();
        assertThat(finished.finishedOn()).isEqualTo(due);
        assertThat(finished.timeliness()).isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void ofTwoActionsOnOneDossierExactlyOneWins() {
        String code = submit(uniqueUnit(), null);
        TransactionTemplate tx = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            repository.findByCode(code).orElseThrow(); // this officer opened the dossier first ...
            // ... another officer accepts it meanwhile, and commits
            CompletableFuture.runAsync(() -> processing.act(code, DossierAction.ACCEPT, null, "Trần Thị Bình"))
                    .join();
            processing.act(code, DossierAction.REJECT, "Thiếu giấy tờ", OFFICER);
        })).isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(historyOf(code)).containsExactly("NEWLY_REGISTERED", "ACCEPTED");
        assertThat(processing.detail(code).orElseThrow().status()).isEqualTo(DossierStatus.ACCEPTED);
        assertThat(publicationsFor(code)).isEqualTo(2);
    }

    @Test
    void theQueueFiltersSortsAndPagesInOneQueryPerPage() {
        String unit = uniqueUnit();
        LocalDate today = aPlainMondayAfterTheRealDate();
        String overdue = submit(unit, null, "IT.Q1", today.minusDays(3));
        String dueToday = submit(unit, null, "IT.Q1", today);
        String dueWednesday = submit(unit, null, "IT.Q2", today.plusDays(2));
        String dueLater = submit(unit, null, "IT.Q1", today.plusDays(14));
        String pausedOverdue = submit(unit, null, "IT.Q1", today.minusDays(7));
        processing.act(pausedOverdue, DossierAction.ACCEPT, null, OFFICER);
        processing.act(pausedOverdue, DossierAction.REQUEST_SUPPLEMENT, "Ảnh 4x6", OFFICER);
        submit(uniqueUnit(), null, "IT.Q1", today); // another unit's

        assertThat(codes(processing.queue(unit, DossierQueueFilter.all(), PageRequest.of(0, 10), today)))
                .containsExactly(pausedOverdue, overdue, dueToday, dueWednesday, dueLater);
        assertThat(codes(processing.queue(unit, DossierQueueFilter.all().onlyOverdue(), PageRequest.of(0, 10),
                today))).containsExactly(overdue);
        assertThat(codes(processing.queue(unit, DossierQueueFilter.all().dueWithin(2), PageRequest.of(0, 10),
                today))).containsExactly(dueToday, dueWednesday);
        assertThat(codes(processing.queue(unit, DossierQueueFilter.all().dueWithin(2).onlyOverdue(),
                PageRequest.of(0, 10), today))).containsExactly(overdue, dueToday, dueWednesday);
        assertThat(codes(processing.queue(unit, DossierQueueFilter.all().procedure("IT.Q2"), PageRequest.of(0, 10),
                today))).containsExactly(dueWednesday);
        assertThat(codes(processing.queue(unit, DossierQueueFilter.of(Set.of(DossierStatus.SUPPLEMENT_REQUESTED)),
                PageRequest.of(0, 10), today))).containsExactly(pausedOverdue);

        Slice<DossierQueueItem> first = processing.queue(unit, DossierQueueFilter.all(), PageRequest.of(0, 2), today);
        assertThat(codes(first)).containsExactly(pausedOverdue, overdue);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.getContent().get(0).timeliness(today, calendar)).isEqualTo(Timeliness.BEFORE_DEADLINE);
        assertThat(first.getContent().get(1).timeliness(today, calendar)).isEqualTo(Timeliness.LATE);
        Slice<DossierQueueItem> last = processing.queue(unit, DossierQueueFilter.all(), PageRequest.of(2, 2), today);
        assertThat(codes(last)).containsExactly(dueLater);
        assertThat(last.hasNext()).isFalse();

        // Hibernate's statistics count the whole app, and other features' listeners run on their own threads
        // (notifications, fees): they can only add statements, so the quietest of a few measurements is the page's
        // own count. An N+1 query would never come out at one statement and no entity.
        assertThat(quietestCount(() -> processing.queue(unit, DossierQueueFilter.all(), PageRequest.of(0, 2), today)))
                .isEqualTo(new long[] {1, 0});
        assertThat(quietestCount(() -> processing.queue(unit, DossierQueueFilter.all(), PageRequest.of(2, 2), today)))
                .isEqualTo(new long[] {1, 0});
        assertThat(jdbc.queryForList("""
                select index_name from information_schema.statistics where table_schema = database()
                   and table_name = 'dossier' and index_name = 'ix_dossier_queue' order by seq_in_index""",
                String.class)).hasSize(3);
    }

    private static List<String> codes(Slice<DossierQueueItem> slice) {
        return slice.getContent().stream().map(DossierQueueItem::code).toList();
    }

    private static ZonedDateTime at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(DESK);
    }

    private List<String> historyOf(String code) {
        return jdbc.queryForList("""
                select c.to_status from dossier_status_change c join dossier d on d.id = c.dossier_id
                 where d.code = ? order by c.id""", String.class, code);
    }

    private int publicationsFor(String code) {
        return jdbc.queryForObject("""
                select count(*) from event_publication where listener_id = ? and event_type = ?
                   and serialized_event like concat('%', ?, '%')""", Integer.class, LISTENER_ID,
                DossierStatusChanged.class.getName(), code);
    }

    private String submit(String unit, Long feeVnd) {
        return submit(unit, feeVnd, "IT." + UUID.randomUUID().toString().substring(0, 8), null);
    }

    /** @param appointment when not null, the appointment date set on the new dossier (a fixture) */
    private String submit(String unit, Long feeVnd, String procedureCode, LocalDate appointment) {
        String code = dossiers.submitTo(new DossierApplication(procedureCode, "Đăng ký khai sinh",
                ProcessingPeriod.workingDays(3), new Applicant("001190012345", "Nguyễn Thị Lan",
                        LocalDate.of(1990, 3, 14), "Nữ", "Số 5 phố Huế, Hà Nội"),
                List.of(new DeclaredAnswer("child_name", "Họ tên trẻ", "Trần Minh An")), ResultDelivery.POSTAL,
                "Số 5 phố Huế, Hà Nội", "0901234567", "lan.nguyen@example.vn", SubmissionChannel.IN_PERSON, feeVnd,
                null, 17L, List.of(
                        new HandedInDocument("Tờ khai đăng ký khai sinh", DocumentKind.ELECTRONIC_FORM, List.of()),
                        new HandedInDocument("Giấy chứng sinh", DocumentKind.ORIGINAL, List.of(
                                new DocumentPage("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1}),
                                new DocumentPage("application/pdf", "%PDF-1.7".getBytes()))))), unit).code();
        if (appointment != null) {
            jdbc.update("update dossier set appointment_date = ? where code = ?", appointment, code);
        }
        return code;
    }

    private static String uniqueUnit() {
        return "IT." + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Prepared statements and loaded entities of the quietest of five runs of {@code page}. */
    private long[] quietestCount(Runnable page) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            long[] quietest = {Long.MAX_VALUE, Long.MAX_VALUE};
            for (int run = 0; run < 5; run++) {
                statistics.clear();
                page.run();
                long statements = statistics.getPrepareStatementCount();
                if (statements < quietest[0]) {
                    quietest = new long[] {statements, statistics.getEntityLoadCount()};
                }
            }
            return quietest;
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    /**
     * The queue's "today": a Monday at least two weeks after the real date, in a fortnight without holidays either
     * side. The pause of the overdue dossier is recorded at the real time, which must fall before its appointment
     * (a week before this Monday) for it to count as paused before the deadline.
     */
    private LocalDate aPlainMondayAfterTheRealDate() {
        LocalDate monday = LocalDate.now().plusDays(14)
                .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
        while (!plainWeeks(monday)) {
            monday = monday.plusWeeks(1);
        }
        return monday;
    }

    private boolean plainWeeks(LocalDate monday) {
        for (LocalDate day = monday.minusWeeks(1); day.isBefore(monday.plusWeeks(3)); day = day.plusDays(1)) {
            boolean weekday = day.getDayOfWeek().getValue() <= 5;
            if (calendar.isWorkingDay(day) != weekday) {
                return false;
            }
        }
        return true;
    }
}
