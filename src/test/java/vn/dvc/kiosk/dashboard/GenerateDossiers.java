package vn.dvc.kiosk.dashboard;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * Not a test: the entry point of {@code scripts/generate-dossiers.sh}, which runs it against a database of the
 * caller's choice (the demo's own ./data, or SPRING_DATASOURCE_URL). Tagged so that no test run picks it up.
 */
@Tag("generator")
@KioskIntegrationTest
class GenerateDossiers {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void generate() {
        int dossiers = Integer.getInteger("dashboard.dossiers", 5_000_000);
        long start = System.nanoTime();
        boolean written = DossierGenerator.generate(jdbc, dossiers, LocalDate.now(clock));
        System.out.printf(written ? "Generated %,d dossiers and their aggregates in %.1f s%n"
                : "GEN-%,d exists already: nothing generated (%.1f s)%n", dossiers, (System.nanoTime() - start) / 1e9);
    }
}
