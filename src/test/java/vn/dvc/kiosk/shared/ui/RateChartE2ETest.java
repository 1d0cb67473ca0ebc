package vn.dvc.kiosk.shared.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvc.kiosk.support.KioskBrowser;
import vn.dvc.kiosk.support.KioskBrowser.Screen;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * The Chart.js component really draws in Chromium ({@link RateChartFixture} at {@code kiem-thu/bieu-do}): the bars in
 * the colours the target gives them, read back from the canvas's pixels, the months' lines, the names for screen
 * readers, and no WCAG 2.2 AA violation on the page.
 */
@KioskIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateChartE2ETest {

    private static final String GREEN = "#1b6e3a";
    private static final String RED = "#b3261e";
    private static final String GREY = "#757575";

    @LocalServerPort
    int port;

    KioskBrowser browser;

    @BeforeAll
    void startBrowser() {
        browser = new KioskBrowser();
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @ParameterizedTest
    @EnumSource(value = Screen.class, names = {"TABLET", "KIOSK_LANDSCAPE"})
    void barsAndLinesAreDrawnNamedAndAccessible(Screen screen) {
        Page page = browser.newVisitor(screen);
        try {
            page.navigate("http://localhost:" + port + "/kiem-thu/bieu-do");
            Locator places = page.locator("#places-chart");
            Locator months = page.locator("#months-chart");
            Locator many = page.locator("#many-places-chart");
            page.waitForFunction("() => ['places-chart', 'months-chart', 'many-places-chart']"
                    + ".every(id => document.getElementById(id)?.chart?.chartArea)");

            assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                    .setName("Tỉ lệ hồ sơ giải quyết đúng hạn theo xã, phường, tháng 11 năm 2026"))).isVisible();
            assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                    .setName("Tỉ lệ hồ sơ nộp trực tuyến theo tháng, năm 2026"))).isVisible();

            // each bar's middle, read from the canvas: green at or above 50 % (50.0 itself too), red below
            assertThat(barColours(places)).containsExactly(GREEN, GREEN, GREEN, RED, null);
            assertThat(places.evaluate("e => e.chart.data.datasets[0].backgroundColor"))
                    .isEqualTo(List.of(GREEN, GREEN, GREEN, RED, GREY));
            assertThat(((Number) places.evaluate("e => e.getBoundingClientRect().height")).doubleValue())
                    .as("a row of at least 36 px per place").isGreaterThanOrEqualTo(5 * 36);

            // twelve months, two lines in their own colours; Bắc Ninh has no January point
            assertThat(months.evaluate("e => e.chart.getDatasetMeta(0).data.length")).isEqualTo(12);
            assertThat(months.evaluate("e => e.chart.getDatasetMeta(1).data[0].skip")).isEqualTo(true);
            assertThat(pixelAtPoint(months, 0, 6)).isEqualTo("#0b57d0");
            assertThat(pixelAtPoint(months, 1, 6)).isEqualTo("#a04c00");
            assertThat(months.evaluate("e => e.chart.legend.legendItems.map(i => i.text)"))
                    .isEqualTo(List.of("Hà Nội", "Bắc Ninh", "Mục tiêu 50%"));
            assertThat(places.evaluate("e => e.chart.legend.legendItems.map(i => i.text)"))
                    .isEqualTo(List.of("Đúng hạn", "Mục tiêu 50%"));
            @SuppressWarnings("unchecked")
            Map<String, Object> options = (Map<String, Object>) months.evaluate("""
                    e => ({x: e.chart.options.scales.x.ticks.font.size, y: e.chart.options.scales.y.ticks.font.size,
                           legend: e.chart.options.plugins.legend.labels.font.size,
                           animation: e.chart.options.animation, tick: e.chart.scales.y.ticks.at(-1).label})""");
            assertThat(options).containsEntry("x", 18).containsEntry("y", 18).containsEntry("legend", 18)
                    .containsEntry("animation", false).containsEntry("tick", "100%");

            // thirty places: every name on the axis, a row of at least 36 px each
            assertThat(many.evaluate("e => e.chart.scales.y.ticks.length")).isEqualTo(30);
            assertThat(((Number) many.evaluate("e => e.chart.chartArea.height")).doubleValue())
                    .isGreaterThanOrEqualTo(30 * 36);

            KioskBrowser.assertAccessible(page, "rate charts, " + screen.label());
            browser.screenshot(page, screen, "40-rate-charts");
            places.screenshot(new Locator.ScreenshotOptions()
                    .setPath(browser.screenshotFile(screen, "40-rate-chart-bar", "png")));
            months.screenshot(new Locator.ScreenshotOptions()
                    .setPath(browser.screenshotFile(screen, "40-rate-chart-line", "png")));
            many.screenshot(new Locator.ScreenshotOptions()
                    .setPath(browser.screenshotFile(screen, "40-rate-chart-30-places", "png")));
        } finally {
            page.context().close();
        }
    }

    /** The colour in the middle of each bar of the first dataset, or null where no bar is drawn. */
    @SuppressWarnings("unchecked")
    private static List<String> barColours(Locator chart) {
        return (List<String>) chart.evaluate("""
                e => e.chart.getDatasetMeta(0).data.map((bar, i) => {
                  if (e.chart.data.datasets[0].data[i] === null) return null;
                  return window.__pixel(e, (bar.x + bar.base) / 2, bar.y);
                })""".replace("window.__pixel", PIXEL));
    }

    private static String pixelAtPoint(Locator chart, int dataset, int index) {
        return (String) chart.evaluate("""
                e => { const p = e.chart.getDatasetMeta(%d).data[%d]; return window.__pixel(e, p.x, p.y); }"""
                .formatted(dataset, index).replace("window.__pixel", PIXEL));
    }

    /** The canvas pixel under chart coordinates (CSS pixels) as #rrggbb. */
    private static final String PIXEL = """
            ((e, x, y) => {
              const c = e.shadowRoot.querySelector('canvas');
              const r = e.chart.currentDevicePixelRatio;
              const d = c.getContext('2d').getImageData(Math.round(x * r), Math.round(y * r), 1, 1).data;
              return '#' + [d[0], d[1], d[2]].map(v => v.toString(16).padStart(2, '0')).join('');
            })""";
}
