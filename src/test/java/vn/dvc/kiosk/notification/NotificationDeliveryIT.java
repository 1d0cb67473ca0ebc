package vn.dvc.kiosk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.kiosk.DvcKioskApplication;
import vn.dvc.kiosk.calendar.ProcessingPeriod;
import vn.dvc.kiosk.dossier.Applicant;
import vn.dvc.kiosk.dossier.DocumentKind;
import vn.dvc.kiosk.dossier.DocumentPage;
import vn.dvc.kiosk.dossier.DossierApplication;
import vn.dvc.kiosk.dossier.DossierStatus;
import vn.dvc.kiosk.dossier.DossierStatusChanged;
import vn.dvc.kiosk.dossier.DossierSubmitted;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.HandedInDocument;
import vn.dvc.kiosk.dossier.ResultDelivery;
import vn.dvc.kiosk.dossier.SubmissionChannel;
import vn.dvc.kiosk.dossier.SubmittedDossier;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * Dossier events become SMS and e-mails, each delivered exactly once: against a real MariaDB, a real SMTP server
 * (GreenMail) and an HTTP stub of the SMS gateway (the JDK's HttpServer).
 */
@KioskIntegrationTest
class NotificationDeliveryIT {

    static final String PHONE = "0912345678";
    static final String EMAIL = "hoa.nguyen@example.vn";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(NotificationStubs.SMTP_PORT, "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

    static NotificationStubs stubs;

    @Autowired
    Dossiers dossiers;

    @Autowired
    DeliveryWorker worker;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Clock clock;

    @BeforeAll
    static void startGateway() throws Exception {
        stubs = new NotificationStubs();
    }

    @AfterAll
    static void stopGateway() {
        stubs.close();
    }

    @Test
    void aDossierFiledWithPhoneAndEmailMakesOneSmsAndOneEmailEachDeliveredOnce() throws Exception {
        SubmittedDossier filed = dossiers.submit(application(PHONE, EMAIL));
        awaitMessages(filed.code(), 2);

        // the same event again (a resubmitted publication), and the status change the officer actions publish
        // for a new dossier: no second message
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(new DossierSubmitted(filed.code(), "IT", "000.00.00.H01", SubmissionChannel.IN_PERSON,
                    false, Instant.now()));
            events.publishEvent(new DossierStatusChanged(filed.code(), "000.00.00.H01", null,
                    DossierStatus.NEWLY_REGISTERED, Instant.now()));
        });
        awaitPublicationsCompleted();

        worker.deliverDue(clock.instant());
        worker.deliverDue(clock.instant().plusSeconds(3600));

        assertThat(rows(filed.code())).hasSize(2).allSatisfy(row -> {
            assertThat(row).containsEntry("status", "SENT").containsEntry("attempts", 1);
            assertThat(row.get("delivered_via")).isEqualTo(row.get("channel"));
        });
        List<NotificationStubs.Received> sms = stubs.smsFor(filed.code());
        assertThat(sms).hasSize(1);
        assertThat(sms.getFirst().authorization()).isEqualTo("Bearer TEST-SMS-TOKEN");
        assertThat(sms.getFirst().body()).contains("\"to\":\"" + PHONE + "\"", "Ho so " + filed.code(),
                "/theo-doi/" + filed.trackingToken());
        List<MimeMessage> mails = mailsFor(filed.code());
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getAllRecipients()[0].toString()).isEqualTo(EMAIL);
        assertThat(GreenMailUtil.getBody(mails.getFirst())).isNotBlank();
        assertThat(mails.getFirst().getSubject()).contains("Hồ sơ " + filed.code());
    }

    @Test
    void statusChangesAnOfficerMakesAreToldWithTheirReason() {
        SubmittedDossier filed = dossiers.submit(application(PHONE, null));
        awaitMessages(filed.code(), 1);
        Instant asked = Instant.now().truncatedTo(ChronoUnit.MICROS);
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(new DossierStatusChanged(filed.code(), "000.00.00.H01",
                    DossierStatus.NEWLY_REGISTERED, DossierStatus.ACCEPTED, asked));
            events.publishEvent(new DossierStatusChanged(filed.code(), "000.00.00.H01", DossierStatus.ACCEPTED,
                    DossierStatus.BEING_PROCESSED, asked.plusSeconds(1)));
        });
        awaitMessages(filed.code(), 2);
        awaitPublicationsCompleted();
        assertThat(rows(filed.code())).extracting(row -> row.get("dossier_status"))
                .containsExactly("NEWLY_REGISTERED", "ACCEPTED");
        assertThat(rows(filed.code()).get(1).get("body").toString()).contains("da duoc tiep nhan", "Hen tra");
    }

    @Test
    void aGatewayFailingTwiceIsRetriedWithBackoffAndDeliversOnce() {
        SubmittedDossier filed = dossiers.submit(application(PHONE, null));
        awaitMessages(filed.code(), 1);
        stubs.failNext(filed.code(), 2);
        Instant t0 = clock.instant().plusSeconds(1);

        worker.deliverDue(t0);
        Map<String, Object> first = rows(filed.code()).getFirst();
        assertThat(first).containsEntry("status", "PENDING").containsEntry("attempts", 1)
                .containsEntry("last_error", "SMS gateway answered HTTP 500");
        worker.deliverDue(t0.plusSeconds(29)); // 30 s backoff not over
        assertThat(stubs.smsFor(filed.code())).hasSize(1);
        worker.deliverDue(t0.plusSeconds(30));
        assertThat(rows(filed.code()).getFirst()).containsEntry("status", "PENDING").containsEntry("attempts", 2);
        worker.deliverDue(t0.plusSeconds(30 + 59)); // then 60 s
        assertThat(stubs.smsFor(filed.code())).hasSize(2);
        worker.deliverDue(t0.plusSeconds(30 + 60));
        worker.deliverDue(t0.plusSeconds(3600));

        assertThat(rows(filed.code()).getFirst()).containsEntry("status", "SENT").containsEntry("attempts", 3);
        assertThat(rows(filed.code()).getFirst().get("last_error")).isNull();
        assertThat(stubs.smsFor(filed.code())).hasSize(3);
        assertThat(stubs.acceptedSmsFor(filed.code())).hasSize(1);
    }

    /**
     * The SMS gateway unreachable for an hour (its server stopped: connections refused): the worker keeps trying on
     * its schedule (30 s, 1 min, 2 min… up to hourly), nothing is lost or given up, and once the gateway is back each
     * message goes out exactly once. Time is the worker's argument, a tick every 30 s, not waited for.
     */
    @Test
    void anSmsGatewayDownForAnHourQueuesMessagesThatGoOutOnceWhenItIsBack() throws Exception {
        stubs.close();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            codes.add(dossiers.submit(application(PHONE, null)).code());
        }
        codes.forEach(code -> awaitMessages(code, 1));
        Instant t0 = clock.instant().plusSeconds(1);
        Instant back = t0.plus(Duration.ofHours(1));
        Instant tick = t0;
        try {
            for (; tick.isBefore(back); tick = tick.plusSeconds(30)) {
                worker.deliverDue(tick);
            }
            for (String code : codes) {
                assertThat(rows(code).getFirst()).as("still queued after an hour down")
                        .containsEntry("status", "PENDING");
                assertThat(((Number) rows(code).getFirst().get("attempts")).intValue()).isEqualTo(7);
            }
        } finally {
            stubs = new NotificationStubs();
        }
        for (; tick.isBefore(back.plus(Duration.ofHours(2))); tick = tick.plusSeconds(30)) {
            worker.deliverDue(tick);
        }

        for (String code : codes) {
            assertThat(rows(code).getFirst()).containsEntry("status", "SENT").containsEntry("attempts", 8);
            assertThat(rows(code).getFirst().get("last_error")).isNull();
            assertThat(stubs.smsFor(code)).hasSize(1);
        }
    }

    @Test
    void twoWorkersRacingDeliverEachMessageOnce() throws Exception {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            codes.add(dossiers.submit(application(PHONE, EMAIL)).code());
        }
        codes.forEach(code -> awaitMessages(code, 2));
        stubs.delayMillis = 30;
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            Instant now = clock.instant().plusSeconds(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(two.submit(() -> {
                    go.await();
                    return worker.deliverDue(now);
                }));
            }
            go.countDown();
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            stubs.delayMillis = 0;
            two.shutdown();
        }
        for (String code : codes) {
            assertThat(rows(code)).extracting(row -> row.get("status")).containsOnly("SENT");
            assertThat(stubs.smsFor(code)).hasSize(1);
            assertThat(mailsFor(code)).hasSize(1);
        }
    }

    @Test
    void anAppRestartedBetweenAStatusChangeAndItsDeliveryStillSendsItOnce() throws Exception {
        int port = jdbc.queryForObject("select @@port", Integer.class);
        String stored;
        String lost;
        // a first app on this database that stops before it delivers anything
        try (ConfigurableApplicationContext first = start(port, false)) {
            Dossiers itsDossiers = first.getBean(Dossiers.class);
            stored = itsDossiers.submit(application(PHONE, EMAIL)).code();
            lost = itsDossiers.submit(application(PHONE, EMAIL)).code();
            awaitMessages(stored, 2);
            awaitMessages(lost, 2);
            awaitPublicationsCompleted();
        }
        // the second one crashed in its listener, after the commit, before its messages were stored: the registry
        // still has its publication incomplete
        jdbc.update("delete from notification_message where dossier_code = ?", lost);
        int reopened = jdbc.update("""
                update event_publication set completion_date = null, status = 'PUBLISHED'
                where listener_id like '%NotificationOutbox%' and event_type like '%.DossierSubmitted'
                  and serialized_event like ?""", "%" + lost + "%");
        assertThat(reopened).isEqualTo(1);
        assertThat(stubs.smsFor(stored)).isEmpty();

        try (ConfigurableApplicationContext again = start(port, true)) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(rows(stored)).hasSize(2).extracting(row -> row.get("status")).containsOnly("SENT");
                assertThat(rows(lost)).hasSize(2).extracting(row -> row.get("status")).containsOnly("SENT");
            });
            Thread.sleep(1000); // a few more rounds of the worker: nothing goes out twice
        }
        for (String code : List.of(stored, lost)) {
            assertThat(stubs.smsFor(code)).hasSize(1);
            assertThat(mailsFor(code)).hasSize(1);
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from event_publication where listener_id like '%NotificationOutbox%'
                and completion_date is null""", Integer.class)).isZero();
    }

    /** Another app on this test's database, with its delivery worker on (every 200 ms) or off. */
    private static ConfigurableApplicationContext start(int databasePort, boolean delivering) {
        // command-line arguments: they override the test configuration (default properties would not)
        return new SpringApplicationBuilder(DvcKioskApplication.class).run(
                "--spring.datasource.url=jdbc:mariadb://127.0.0.1:" + databasePort + "/dvc_kiosk",
                "--spring.datasource.username=root", "--spring.datasource.password=", "--server.port=0",
                "--kiosk.catalog.import-on-startup=false",
                "--kiosk.notification.delivery.enabled=" + delivering,
                "--kiosk.notification.delivery.interval=200ms");
    }

    private void awaitMessages(String code, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> rows(code).size() >= count);
    }

    private void awaitPublicationsCompleted() {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("""
                select count(*) from event_publication where listener_id like '%NotificationOutbox%'
                and completion_date is null""", Integer.class) == 0);
    }

    private List<Map<String, Object>> rows(String code) {
        return jdbc.queryForList("select * from notification_message where dossier_code = ? order by id", code);
    }

    private static List<MimeMessage> mailsFor(String code) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            if (mail.getSubject().contains(code)) {
                found.add(mail);
            }
        }
        return found;
    }

    private static DossierApplication application(String phone, String email) {
        return new DossierApplication("IT.NOTIFY", "Đăng ký khai sinh",
                ProcessingPeriod.workingDays(3).withCutoff(LocalTime.of(15, 0)),
                new Applicant("001190054321", "Nguyễn Thị Hoa", LocalDate.of(1990, 3, 8), "Nữ",
                        "Số 12 phố Nguyễn Chí Thanh, Hà Nội"),
                List.of(), ResultDelivery.COUNTER, null, phone, email, SubmissionChannel.IN_PERSON, 0L, null, 17L,
                List.of(new HandedInDocument("Giấy chứng sinh", DocumentKind.ORIGINAL, List.of(
                        new DocumentPage("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1})))));
    }
}
