package vn.dvc.kiosk.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

class DashboardScopeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void defaultsToTheLast12MonthsOfTheWholeCountryRankedByOnlineDossiers() {
        DashboardScope scope = DashboardScope.from(QueryParameters.empty(), TODAY);
        assertThat(scope).isEqualTo(new DashboardScope(null, null, YearMonth.of(2026, 1), YearMonth.of(2026, 12),
                Measure.ONLINE_DOSSIERS));
        assertThat(scope.level()).isEqualTo(DashboardScope.Level.COUNTRY);
    }

    @Test
    void readsBackWhatItWrites() {
        DashboardScope commune = new DashboardScope("01", "00070", YearMonth.of(2025, 3), YearMonth.of(2026, 2),
                Measure.ON_TIME);
        assertThat(DashboardScope.from(commune.query(), TODAY)).isEqualTo(commune);
        assertThat(commune.level()).isEqualTo(DashboardScope.Level.COMMUNE);
        assertThat(commune.query().getQueryString().split("&")).containsExactlyInAnyOrder("tinh=01", "xa=00070",
                "tu=2025-03", "den=2026-02", "chi-so=dung-han");
        assertThat(commune.firstDay()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(commune.lastDay()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void fallsBackToDefaultsOnAnythingUnreadable() {
        DashboardScope scope = DashboardScope.from(query(Map.of("tinh", "01' or 1=1", "xa", "<script>",
                "tu", "2026-13", "den", "tomorrow", "chi-so", "everything")), TODAY);
        assertThat(scope).isEqualTo(DashboardScope.defaults(TODAY));
    }

    @Test
    void aCommuneWithoutItsProvinceIsTheWholeCountry() {
        assertThat(DashboardScope.from(query(Map.of("xa", "00070")), TODAY).level())
                .isEqualTo(DashboardScope.Level.COUNTRY);
    }

    @Test
    void keepsMonthsWithinWhatTheScreenOffersAndInOrder() {
        DashboardScope future = DashboardScope.from(query(Map.of("tu", "2026-06", "den", "2027-05")), TODAY);
        assertThat(future.to()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(future.from()).isEqualTo(YearMonth.of(2026, 6));

        DashboardScope backwards = DashboardScope.from(query(Map.of("tu", "2026-10", "den", "2026-03")), TODAY);
        assertThat(backwards.from()).isBeforeOrEqualTo(backwards.to());

        DashboardScope ancient = DashboardScope.from(query(Map.of("tu", "1999-01", "den", "2026-03")), TODAY);
        assertThat(ancient.from()).isEqualTo(YearMonth.of(2026, 1));
    }

    private static QueryParameters query(Map<String, String> values) {
        return new QueryParameters(values.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))));
    }
}
