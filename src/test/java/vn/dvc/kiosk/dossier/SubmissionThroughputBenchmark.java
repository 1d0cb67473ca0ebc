package vn.dvc.kiosk.dossier;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.kiosk.calendar.ProcessingPeriod;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * Dossiers committed per second against the raw single-row commit rate of the same MariaDB in the same run (the
 * physical ceiling of durable commits on this disk, {@code innodb_flush_log_at_trx_commit=1}). Prints figures,
 * asserts nothing about time (see BENCHMARKS.md, "Submission throughput"). Run:
 * {@code mvn test -Dgroups=benchmark -Dexcluded.groups=none -Dtest=SubmissionThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
@KioskIntegrationTest
class SubmissionThroughputBenchmark {

    private static final Duration RUN = Duration.ofSeconds(Long.getLong("benchmark.seconds", 20));
    private static final int[] THREADS = {1, 4, 8};

    @Autowired
    Dossiers dossiers;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void dossiersPerSecondAgainstTheRawCommitRate() throws Exception {
        int port = jdbc.queryForObject("select @@port", Integer.class);
        System.out.printf("Submission throughput (%d cores, MariaDB %s, innodb_flush_log_at_trx_commit=%s, "
                + "sync_binlog=%s, log_bin=%s, pool %s, %d s a run)%n", Runtime.getRuntime().availableProcessors(),
                jdbc.queryForObject("select version()", String.class),
                jdbc.queryForObject("select @@innodb_flush_log_at_trx_commit", String.class),
                jdbc.queryForObject("select @@sync_binlog", String.class),
                jdbc.queryForObject("select @@log_bin", String.class),
                System.getProperty("spring.datasource.hikari.maximum-pool-size", "10"), RUN.toSeconds());
        jdbc.execute("create table if not exists bench_commit (id bigint not null auto_increment primary key, "
                + "v varchar(40) not null) engine=InnoDB");
        for (int round = 0; round < 2; round++) { // the first round warms the JIT and the buffer pool
            for (int threads : THREADS) {
                Result raw = run(threads, () -> rawCommits(port));
                Result filed = run(threads, this::submissions);
                if (round == 1) {
                    System.out.printf("  %2d threads: raw single-row commits %7.1f/s (p50 %5.1f ms, p95 %5.1f ms) | "
                            + "dossiers %6.1f/s (p50 %5.1f ms, p95 %5.1f ms, p99 %5.1f ms) = %4.1f%% of the ceiling%n",
                            threads, raw.perSecond(), raw.ms(0.50), raw.ms(0.95), filed.perSecond(), filed.ms(0.50),
                            filed.ms(0.95), filed.ms(0.99), 100 * filed.perSecond() / raw.perSecond());
                }
            }
        }
        jdbc.execute("drop table bench_commit");
    }

    /** One worker's loop: its own connection, autocommit, one row a commit. */
    private Worker rawCommits(int port) {
        return new Worker() {
            private Connection connection;
            private PreparedStatement insert;

            @Override
            public void once() throws SQLException {
                if (connection == null) {
                    connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/dvc_kiosk",
                            "root", "");
                    connection.setAutoCommit(true);
                    insert = connection.prepareStatement("insert into bench_commit (v) values ('benchmark row')");
                }
                insert.executeUpdate();
            }

            @Override
            public void close() throws SQLException {
                if (connection != null) {
                    connection.close();
                }
            }
        };
    }

    private Worker submissions() {
        return () -> dossiers.submit(application());
    }

    /** A dossier as the kiosk files it: applicant, answers, a declaration and one photographed page of 150 KB. */
    private static DossierApplication application() {
        byte[] page = new byte[150_000];
        page[0] = (byte) 0xFF;
        page[1] = (byte) 0xD8;
        return new DossierApplication("BENCH.1", "Đăng ký khai sinh", ProcessingPeriod.workingDays(3),
                new Applicant("001190012345", "Nguyễn Thị Lan", LocalDate.of(1990, 3, 14), "Nữ",
                        "Số 5 phố Huế, Hà Nội"),
                List.of(new DeclaredAnswer("childFullName", "Họ tên trẻ", "Nguyễn Văn Bình"),
                        new DeclaredAnswer("placeOfBirth", "Nơi sinh", "Bệnh viện Phụ sản Hà Nội"),
                        new DeclaredAnswer("motherFullName", "Họ tên mẹ", "Nguyễn Thị Lan")),
                ResultDelivery.COUNTER, null, "0912345678", null, SubmissionChannel.ONLINE, 8_000L, null, null,
                List.of(new HandedInDocument("Tờ khai", DocumentKind.ELECTRONIC_FORM, List.of()),
                        new HandedInDocument("Giấy chứng sinh", DocumentKind.COPY,
                                List.of(new DocumentPage("image/jpeg", page)))),
                null);
    }

    private interface Worker extends AutoCloseable {
        void once() throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    private interface WorkerFactory {
        Worker create();
    }

    private record Result(int count, long[] nanos, Duration elapsed) {
        double perSecond() {
            return count / (elapsed.toNanos() / 1e9);
        }

        double ms(double quantile) {
            return nanos.length == 0 ? 0 : nanos[Math.min(nanos.length - 1, (int) (quantile * nanos.length))] / 1e6;
        }
    }

    private static Result run(int threads, WorkerFactory factory) throws Exception {
        AtomicInteger count = new AtomicInteger();
        List<long[]> latencies = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + RUN.toNanos();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    long[] mine = new long[1 << 16];
                    int n = 0;
                    try (Worker worker = factory.create()) {
                        while (System.nanoTime() < end) {
                            long began = System.nanoTime();
                            worker.once();
                            if (n < mine.length) {
                                mine[n++] = System.nanoTime() - began;
                            }
                            count.incrementAndGet();
                        }
                    }
                    return Arrays.copyOf(mine, n);
                }));
            }
            for (Future<long[]> future : futures) {
                latencies.add(future.get());
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(count.get(), all, elapsed);
    }
}
