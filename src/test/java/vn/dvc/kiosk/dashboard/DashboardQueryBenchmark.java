package vn.dvc.kiosk.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * How fast the leaders' dashboard answers with years of dossiers: generates {@code -Ddashboard.dossiers} (default
 * 1,000,000) with {@link DossierGenerator} into the test JVM's MariaDB, then times each query shape of
 * {@link DashboardFigures}. Prints p50/p95; asserts nothing about time (BENCHMARKS.md).
 * Run: {@code mvn test -Dgroups=benchmark -Dexcluded.groups=none -Dtest=DashboardQueryBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false [-Ddashboard.dossiers=5000000]}
 */
@Tag("benchmark")
@KioskIntegrationTest
class DashboardQueryBenchmark {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DashboardFigures figures;

    @Autowired
    Clock clock;

    @Test
    void dashboardQueries() {
        int dossiers = Integer.getInteger("dashboard.dossiers", 1_000_000);
        LocalDate today = LocalDate.now(clock);
        long start = System.nanoTime();
        DossierGenerator.generate(jdbc, dossiers, today);
        System.out.printf("Dashboard benchmark: %,d dossiers and their aggregates generated in %.1f s (%d cores);"
                + " aggregate rows: daily %,d, commune-month %,d, procedure-month %,d%n", dossiers,
                (System.nanoTime() - start) / 1e9, Runtime.getRuntime().availableProcessors(),
                count("dashboard_daily"), count("dashboard_commune_month"), count("dashboard_procedure_month"));

        YearMonth thisMonth = YearMonth.from(today);
        YearMonth yearAgo = thisMonth.minusMonths(11);
        LocalDate dayYearAgo = today.minusYears(1);
        String busiestProcedure = jdbc.queryForObject("""
                select procedure_code from dashboard_procedure_month group by procedure_code
                 order by sum(received) desc limit 1""", String.class);
        Map<String, Supplier<Object>> shapes = new LinkedHashMap<>();
        shapes.put("34 provinces, last 12 months", () -> figures.byProvince(yearAgo, thisMonth));
        shapes.put("communes of Hà Nội (01), 12 months", () -> figures.byCommune("01", yearAgo, thisMonth));
        shapes.put("units of a commune, 365 days", () -> figures.byUnit("00070", dayYearAgo, today));
        shapes.put("procedures of a unit, 365 days", () -> figures.byProcedureOfUnit("GEN.00070", dayYearAgo,
                today));
        shapes.put("procedures of a province, 12 months", () -> figures.byProcedure("01", yearAgo, thisMonth));
        shapes.put("procedures nationally, 12 months", () -> figures.byProcedure(null, yearAgo, thisMonth));
        shapes.put("one procedure by month, 36 months", () -> figures.procedureByMonth(busiestProcedure, null,
                thisMonth.minusMonths(35), thisMonth));
        shapes.put("one procedure by month in a province", () -> figures.procedureByMonth(busiestProcedure, "01",
                thisMonth.minusMonths(35), thisMonth));
        shapes.put("online-capable procedures share", () -> figures.onlineProcedureShare(null, yearAgo,
                thisMonth));
        if (tableExists("dashboard_group_month")) {
            shapes.put("assisted filings by group, 12 months", () -> figures.assistedByGroup(yearAgo, thisMonth));
        }
        shapes.put("months of the country, 12 months", () -> figures.byMonth(null, null, yearAgo, thisMonth));
        shapes.put("months of Hà Nội (01), 12 months", () -> figures.byMonth("01", null, yearAgo, thisMonth));
        shapes.put("months of a commune, 12 months", () -> figures.byMonth("01", "00070", yearAgo, thisMonth));
        shapes.put("procedures of a commune, 365 days", () -> figures.byProcedureOfCommune("00070", dayYearAgo,
                today));
        // what one screen of the leader's dashboard asks, one after the other (ScopeFigures.load)
        shapes.put("whole-country screen, every query", () -> {
            List<FigureRow> procedures = figures.byProcedure(null, yearAgo, thisMonth);
            return List.of(figures.byProvince(yearAgo, thisMonth), procedures,
                    figures.byMonth(null, null, yearAgo, thisMonth), figures.overdueByProvince(),
                    figures.onlineProcedureShare(procedures));
        });
        shapes.put("province screen (01), every query", () -> {
            List<FigureRow> procedures = figures.byProcedure("01", yearAgo, thisMonth);
            return List.of(figures.byCommune("01", yearAgo, thisMonth), procedures,
                    figures.byMonth("01", null, yearAgo, thisMonth), figures.overdueByCommune("01"),
                    figures.onlineProcedureShare(procedures));
        });
        shapes.put("commune screen (00070), every query", () -> {
            List<FigureRow> procedures = figures.byProcedureOfCommune("00070", yearAgo.atDay(1),
                    thisMonth.atEndOfMonth());
            return List.of(procedures, figures.byMonth("01", "00070", yearAgo, thisMonth),
                    figures.overdueByCommune("01"), figures.onlineProcedureShare(procedures));
        });
        shapes.put("overdue now, by province", figures::overdueByProvince);
        shapes.put("overdue now, communes of 01", () -> figures.overdueByCommune("01"));
        shapes.forEach(this::measure);
    }

    private boolean tableExists(String table) {
        return jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = database()"
                + " and table_name = ?", Integer.class, table) > 0;
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private void measure(String label, Supplier<Object> query) {
        for (int warm = 0; warm < 10; warm++) {
            query.get();
        }
        int rounds = 60;
        long[] nanos = new long[rounds];
        Object result = null;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            result = query.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        String size = result instanceof java.util.Collection<?> rows ? rows.size() + " rows"
                : result instanceof Map<?, ?> map ? map.size() + " keys" : String.valueOf(result);
        System.out.printf("  %-40s %-22s p50 %7.2f ms, p95 %7.2f ms, max %7.2f ms%n", label, size,
                nanos[rounds / 2] / 1e6, nanos[(int) (rounds * 0.95)] / 1e6, nanos[rounds - 1] / 1e6);
    }
}
