package vn.dvc.kiosk.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.kiosk.calendar.ProcessingPeriod;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/** Dossier codes under concurrent submissions, on a real MariaDB: one number each, none skipped. */
@KioskIntegrationTest
class DossierCodeConcurrencyIT {

    private static final int SUBMISSIONS = 200;
    private static final int OTHER_UNIT_SUBMISSIONS = 50;
    private static final int THREADS = 16;

    @Autowired
    Dossiers dossiers;

    @Autowired
    DossierProperties properties;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concurrentSubmissionsGetConsecutiveCodesPerUnitAndDay() throws Exception {
        String unit = properties.receivingUnitCode();
        String otherUnit = "999." + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(clock);
        String dayPrefix = unit + "-" + today.format(DateTimeFormatter.ofPattern("yyMMdd")) + "-";
        int existing = codesStartingWith(dayPrefix).size();

        List<Callable<String>> tasks = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        IntStream.range(0, SUBMISSIONS).forEach(i -> tasks.add(() -> {
            start.await();
            return dossiers.submit(application(i)).code();
        }));
        IntStream.range(0, OTHER_UNIT_SUBMISSIONS).forEach(i -> tasks.add(() -> {
            start.await();
            return dossiers.submitTo(application(i), otherUnit).code();
        }));
        Collections.shuffle(tasks);

        List<String> codes = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<String>> results = tasks.stream().map(threads::submit).toList();
            start.countDown();
            for (Future<String> result : results) {
                codes.add(result.get(2, TimeUnit.MINUTES));
            }
        } finally {
            threads.shutdownNow();
        }

        List<String> ours = codes.stream().filter(code -> code.startsWith(unit + "-")).toList();
        List<String> theirs = codes.stream().filter(code -> code.startsWith(otherUnit + "-")).toList();
        assertThat(ours).hasSize(SUBMISSIONS).doesNotHaveDuplicates().allMatch(code -> code.startsWith(dayPrefix));
        assertThat(sequenceNumbers(ours)).containsExactlyElementsOf(range(existing + 1, existing + SUBMISSIONS));
        assertThat(sequenceNumbers(codesStartingWith(dayPrefix)))
                .as("every dossier of the day, earlier tests' included")
                .containsExactlyElementsOf(range(1, existing + SUBMISSIONS));
        assertThat(sequenceNumbers(theirs)).as("another unit counts on its own")
                .containsExactlyElementsOf(range(1, OTHER_UNIT_SUBMISSIONS));
        assertThat(lastValue(unit, today)).isEqualTo(existing + SUBMISSIONS);
        assertThat(lastValue(otherUnit, today)).isEqualTo(OTHER_UNIT_SUBMISSIONS);
    }

    private List<String> codesStartingWith(String prefix) {
        return jdbc.queryForList("select code from dossier where left(code, ?) = ?", String.class, prefix.length(),
                prefix);
    }

    private int lastValue(String unit, LocalDate day) {
        return jdbc.queryForObject("select last_value from dossier_code_counter where receiving_unit_code = ? and day = ?",
                Integer.class, unit, day);
    }

    private static List<Integer> sequenceNumbers(List<String> codes) {
        return codes.stream().map(code -> Integer.parseInt(code.substring(code.lastIndexOf('-') + 1))).sorted()
                .toList();
    }

    private static List<Integer> range(int first, int last) {
        return IntStream.rangeClosed(first, last).boxed().toList();
    }

    private static DossierApplication application(int i) {
        return new DossierApplication("1.001193", "Đăng ký khai sinh",
                ProcessingPeriod.workingDays(0).withCutoff(LocalTime.of(15, 0)),
                new Applicant("001190012345", "Người nộp " + i, null, null, null), List.of(
                        new DeclaredAnswer("child_name", "Họ tên trẻ", "Trẻ " + i)),
                ResultDelivery.COUNTER, null, null, null, SubmissionChannel.IN_PERSON, null, null, null, List.of());
    }
}
