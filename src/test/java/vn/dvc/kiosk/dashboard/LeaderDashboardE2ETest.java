package vn.dvc.kiosk.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.kiosk.support.KioskBrowser;
import vn.dvc.kiosk.support.KioskBrowser.Screen;
import vn.dvc.kiosk.support.KioskIntegrationTest;
import vn.dvc.kiosk.support.StaffSteps;

/**
 * Issue 8's "done when" in a real Chromium: with generated dossiers loaded (the generator of
 * scripts/generate-dossiers.sh, three years over every commune), the leader lanhdao opens the dashboard from the
 * workspace, drills into the province furthest behind, then into its worst commune, and downloads the tables: the
 * ranking is really worst first (read back from the CSV), the commune's received total equals a count of its
 * dossiers in the dossier table, and the XLSX holds the procedures with numbers as numbers. Screens scanned with axe
 * and photographed at tablet and kiosk landscape sizes (dashboard-*).
 */
@KioskIntegrationTest
class LeaderDashboardE2ETest {

    private static final int GENERATED = 30_000;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @BeforeEach
    void generateDossiers() {
        DossierGenerator.generate(jdbc, GENERATED, LocalDate.now(clock));
        // a leader's screen reads aggregates of the whole country: give it time on a busy 2-core CI machine
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @AfterEach
    void defaultTimeout() {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000); // KioskBrowser's
    }

    @Test
    void aLeaderDrillsIntoTheWorstCommuneAndExportsItsTables() throws IOException {
        try (KioskBrowser browser = new KioskBrowser()) {
            Page leader = browser.newVisitor(Screen.TABLET);
            StaffSteps.signIn(leader, url(""), StaffSteps.LEADER);
            leader.locator("a.staff-tile[href='lanh-dao/bang-dieu-hanh']").click();

            assertThat(leader.locator("h1")).hasText("Tình hình dịch vụ công trực tuyến");
            assertThat(leader.locator("#dashboard-breadcrumb")).containsText("Cả nước");
            assertThat(leader.locator("#dashboard-tile-onlineDossiers")).containsText("Chỉ tiêu 50,0%");
            assertThat(leader.locator("#dashboard-ranking-title"))
                    .hasText("Tỉnh, thành phố xếp theo khoảng cách đến chỉ tiêu: Hồ sơ trực tuyến");
            assertThat(leader.getByRole(com.microsoft.playwright.options.AriaRole.IMG,
                    new Page.GetByRoleOptions().setName("Biểu đồ: 15 địa bàn xa chỉ tiêu nhất về Hồ sơ trực tuyến."
                            + " Số liệu đầy đủ ở bảng bên dưới."))).isVisible();
            assertThat(leader.locator("#dashboard-months-chart canvas")).isVisible();
            KioskBrowser.assertAccessible(leader, "leader dashboard, whole country");
            browser.screenshot(leader, Screen.TABLET, "dashboard-01-country");
            fullPage(leader, "dashboard-01-country-full");

            List<CSVRecord> provinces = csv(download(leader, "#dashboard-ranking-csv"));
            assertWorstFirst(provinces);
            String worstProvince = provinces.get(1).get(1);
            drill(leader, worstProvince);

            assertThat(leader.locator("#dashboard-breadcrumb")).containsText(worstProvince);
            assertThat(leader.locator("#dashboard-ranking-title"))
                    .hasText("Xã, phường xếp theo khoảng cách đến chỉ tiêu: Hồ sơ trực tuyến");
            KioskBrowser.assertAccessible(leader, "leader dashboard, one province");
            browser.screenshot(leader, Screen.TABLET, "dashboard-02-province");

            List<CSVRecord> communes = csv(download(leader, "#dashboard-ranking-csv"));
            assertWorstFirst(communes);
            assertThat(communes.get(1).get(0)).isEqualTo("1");
            String worstCommune = communes.get(1).get(1);
            drill(leader, worstCommune);

            assertThat(leader.locator("#dashboard-breadcrumb [aria-current=page]")).hasText(worstCommune);
            assertThat(leader.locator("#dashboard-ranking")).hasCount(0);
            assertThat(leader.locator("#dashboard-units-grid")).isVisible();
            KioskBrowser.assertAccessible(leader, "leader dashboard, one commune");
            browser.screenshot(leader, Screen.TABLET, "dashboard-03-commune");
            fullPage(leader, "dashboard-03-commune-full");

            String communeCode = leader.url().replaceAll(".*[?&]xa=([0-9]+).*", "$1");
            YearMonth to = YearMonth.now(clock);
            long inTable = jdbc.queryForObject("""
                    select count(*) from dossier d
                      join dashboard_unit_place p on p.receiving_unit_code = d.receiving_unit_code
                     where p.commune_code = ? and date(d.received_at + interval 7 hour) between ? and ?""",
                    Long.class, communeCode, to.minusMonths(11).atDay(1), to.atEndOfMonth());
            long received = 0;
            List<Row> procedures = xlsxRows(download(leader, "#dashboard-procedures-xlsx"));
            assertThat(procedures.get(0).getCellText(0)).isEqualTo("Thủ tục");
            assertThat(procedures.get(0).getCellText(3)).isEqualTo("Hồ sơ tiếp nhận");
            for (Row row : procedures.subList(1, procedures.size())) {
                received += row.getCellAsNumber(3).orElseThrow().longValue();
            }
            assertThat(received).as("received in the XLSX = dossiers of the commune in the dossier table")
                    .isEqualTo(inTable).isPositive();

            leader.setViewportSize(Screen.KIOSK_LANDSCAPE.width, Screen.KIOSK_LANDSCAPE.height);
            browser.screenshot(leader, Screen.KIOSK_LANDSCAPE, "dashboard-03-commune");
            leader.locator("#dashboard-breadcrumb a", new Page.LocatorOptions().setHasText("Cả nước")).click();
            assertThat(leader.locator("#dashboard-breadcrumb [aria-current=page]")).hasText("Cả nước");
            browser.screenshot(leader, Screen.KIOSK_LANDSCAPE, "dashboard-01-country");
        }
    }

    /** Rank 1, 2, 3 …, each gap no smaller than the one before; places without a gap (no dossiers) at the end. */
    private static void assertWorstFirst(List<CSVRecord> table) {
        assertThat(table.get(0).get(0)).isEqualTo("Hạng");
        assertThat(table.get(0).get(2)).startsWith("So với chỉ tiêu");
        assertThat(table).hasSizeGreaterThan(2);
        Double previous = Double.NEGATIVE_INFINITY;
        boolean noneYet = false;
        for (int i = 1; i < table.size(); i++) {
            assertThat(table.get(i).get(0)).isEqualTo(String.valueOf(i));
            String gap = table.get(i).get(2);
            if (gap.isEmpty()) {
                noneYet = true;
                continue;
            }
            assertThat(noneYet).as("a place with a gap after one without").isFalse();
            double value = Double.parseDouble(gap);
            assertThat(value).isGreaterThanOrEqualTo(previous);
            previous = value;
        }
    }

    private static void drill(Page leader, String place) {
        Locator link = leader.locator("#dashboard-ranking-grid a.dashboard-drill",
                new Page.LocatorOptions().setHasText(place)).first();
        String before = leader.url();
        link.click();
        leader.waitForURL(url -> !url.equals(before), new Page.WaitForURLOptions().setTimeout(30_000));
        assertThat(leader.locator("#dashboard-breadcrumb [aria-current=page]")).hasText(place);
    }

    private static Path download(Page page, String selector) {
        Download download = page.waitForDownload(() -> page.locator(selector).click());
        assertThat(download.failure()).isNull();
        return download.path();
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new java.io.StringReader(text.substring(1))).getRecords();
    }

    private static List<Row> xlsxRows(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in);
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            return new ArrayList<>(rows.toList());
        }
    }

    private static void fullPage(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", name + ".png")));
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
