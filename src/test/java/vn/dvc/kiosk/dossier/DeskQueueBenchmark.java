package vn.dvc.kiosk.dossier;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * How fast an officer's queue pages are with a busy desk's history: 200,000 dossiers in one unit (most of them long
 * returned, a few thousand open), against the real MariaDB. Prints p50/p95 per query shape; asserts nothing about
 * time (BENCHMARKS.md).
 * Run: {@code mvn test -Dgroups=benchmark -Dexcluded.groups=none -Dtest=DeskQueueBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
@KioskIntegrationTest
class DeskQueueBenchmark {

    private static final String UNIT = "000.00.00.B99";
    private static final int DOSSIERS = 200_000;
    private static final int PAGE = 50;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DossierProcessing processing;

    @Test
    void queuePages() {
        long start = System.nanoTime();
        generate();
        System.out.printf("Desk queue benchmark: %,d dossiers in unit %s generated in %.1f s (%d cores)%n", DOSSIERS,
                UNIT, (System.nanoTime() - start) / 1e9, Runtime.getRuntime().availableProcessors());
        Set<DossierStatus> open = EnumSet.of(DossierStatus.NEWLY_REGISTERED, DossierStatus.ACCEPTED,
                DossierStatus.BEING_PROCESSED, DossierStatus.SUPPLEMENT_REQUESTED,
                DossierStatus.FINANCIAL_OBLIGATION_REQUESTED, DossierStatus.PROCESSING_STOPPED,
                DossierStatus.PROCESSING_FINISHED);
        Map<String, Query> shapes = new LinkedHashMap<>();
        shapes.put("open dossiers, first page", () -> processing.queue(UNIT, DossierQueueFilter.of(open),
                PageRequest.of(0, PAGE)));
        shapes.put("open dossiers, page 20", () -> processing.queue(UNIT, DossierQueueFilter.of(open),
                PageRequest.of(20, PAGE)));
        shapes.put("newly registered only", () -> processing.queue(UNIT,
                DossierQueueFilter.of(Set.of(DossierStatus.NEWLY_REGISTERED)), PageRequest.of(0, PAGE)));
        shapes.put("due within 2 working days", () -> processing.queue(UNIT, DossierQueueFilter.all().dueWithin(2),
                PageRequest.of(0, PAGE)));
        shapes.put("overdue", () -> processing.queue(UNIT, DossierQueueFilter.all().onlyOverdue(),
                PageRequest.of(0, PAGE)));
        shapes.put("open, one procedure", () -> processing.queue(UNIT,
                DossierQueueFilter.of(open).procedure("1.001193"), PageRequest.of(0, PAGE)));
        shapes.put("every status (history too)", () -> processing.queue(UNIT, DossierQueueFilter.all(),
                PageRequest.of(0, PAGE)));
        for (var shape : shapes.entrySet()) {
            measure(shape.getKey(), shape.getValue());
        }
    }

    private void measure(String label, Query query) {
        for (int warm = 0; warm < 20; warm++) {
            query.run();
        }
        int rounds = 100;
        long[] nanos = new long[rounds];
        int rows = 0;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            rows = query.run().getNumberOfElements();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("  %-30s %3d rows: p50 %6.2f ms, p95 %6.2f ms, max %6.2f ms%n", label, rows,
                nanos[rounds / 2] / 1e6, nanos[(int) (rounds * 0.95)] / 1e6, nanos[rounds - 1] / 1e6);
    }

    /** Three years of a busy desk: 93% returned, the rest open in every status, appointments around today. */
    private void generate() {
        LocalDate today = LocalDate.now();
        jdbc.update("""
                insert into dossier (code, procedure_code, procedure_name, receiving_unit_code, status, channel,
                    received_at, counted_from, appointment_date, applicant_id_number, applicant_full_name,
                    result_delivery, fee_status, tracking_token, created_at)
                select concat(?, '-B-', seq), elt(1 + seq % 4, '1.001193', '1.000656', '2.000986', '1.004227'),
                    'Thủ tục thử', ?,
                    case when seq % 100 < 93 then 'RESULT_RETURNED'
                         else elt(1 + seq % 7, 'NEWLY_REGISTERED', 'ACCEPTED', 'BEING_PROCESSED',
                             'SUPPLEMENT_REQUESTED', 'FINANCIAL_OBLIGATION_REQUESTED', 'PROCESSING_STOPPED',
                             'PROCESSING_FINISHED') end,
                    'KIOSK',
                    timestamp(date_sub(?, interval (seq % 1095) day)),
                    date_sub(?, interval (seq % 1095) day),
                    case when seq % 100 < 93 then date_sub(?, interval (seq % 1095) day)
                         else date_add(?, interval cast(seq % 31 as signed) - 10 day) end,
                    lpad(seq, 12, '0'), concat('Người thử ', seq), 'COUNTER', 'NONE',
                    concat('benchmark-token-', lpad(seq, 10, '0')), now(6)
                  from seq_1_to_""" + DOSSIERS, UNIT, UNIT, today, today, today, today);
        jdbc.execute("analyze table dossier");
    }

    @FunctionalInterface
    private interface Query {
        org.springframework.data.domain.Slice<DossierQueueItem> run();
    }
}
