package vn.dvc.kiosk.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.kiosk.shared.text.ForgivingMatcher;
import vn.dvc.kiosk.shared.text.VietnameseText;

/**
 * How long one forgiving search over a whole catalog takes, on the shipped 36 procedures and on a province-size
 * catalog of 3,600 names. Prints figures; asserts nothing about time (see BENCHMARKS.md).
 * Run: {@code mvn test -Dgroups=benchmark -Dtest=CatalogSearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class CatalogSearchBenchmark {

    private static final List<String> QUERIES = List.of("dang ky khai sinh", "ket hon", "dang ki tam tru",
            "cap doi the can cuoc", "xac nhan thong tin cu tru", "khia sinh", "ho kinh doanh", "ly lich tu phap");

    @Test
    void searchLatency() throws IOException {
        List<String> shipped = shippedNames();
        List<String> province = new ArrayList<>();
        for (int copy = 0; copy < 100; copy++) {
            for (String name : shipped) {
                province.add(name + " (biến thể " + copy + ")");
            }
        }
        System.out.println("Catalog search benchmark (single thread, " + Runtime.getRuntime().availableProcessors()
                + " cores, " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ")");
        measure("shipped catalog", shipped);
        measure("province-size catalog", province);
    }

    private static void measure(String label, List<String> names) {
        List<List<String>> index = names.stream().map(VietnameseText::words).toList();
        for (int warm = 0; warm < 200; warm++) {
            searchAll(names, index);
        }
        int rounds = 300;
        long[] nanos = new long[rounds * QUERIES.size()];
        int i = 0;
        for (int round = 0; round < rounds; round++) {
            for (String query : QUERIES) {
                long start = System.nanoTime();
                search(query, names, index);
                nanos[i++] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("  %-22s %5d procedures: p50 %.3f ms, p95 %.3f ms, p99 %.3f ms per query (%d queries)%n",
                label, names.size(), ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos.length);
    }

    private static void searchAll(List<String> names, List<List<String>> index) {
        QUERIES.forEach(query -> search(query, names, index));
    }

    /** The same work as Catalog.search: names folded once into an index, each query scored against it. */
    private static List<String> search(String query, List<String> names, List<List<String>> index) {
        ForgivingMatcher matcher = new ForgivingMatcher(query);
        record Scored(String name, double score) {
        }
        return java.util.stream.IntStream.range(0, names.size())
                .mapToObj(i -> new Scored(names.get(i), matcher.score(index.get(i)))).filter(s -> s.score() > 0)
                .sorted(Comparator.comparingDouble(Scored::score).reversed()).limit(12).map(Scored::name).toList();
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * quantile))] / 1_000_000.0;
    }

    private static List<String> shippedNames() throws IOException {
        try (InputStream in = CatalogSearchBenchmark.class.getResourceAsStream("/data/procedures/catalog-seed.json")) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            List<String> names = new ArrayList<>();
            root.path("procedures").forEach(p -> names.add(p.path("nameVi").asString()));
            return names;
        }
    }
}
