package vn.dvc.kiosk.dashboard.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.vaadin.flow.router.QueryParameters;

/**
 * What the leader is looking at: the whole country, one province or one of its communes, over whole months, ranked
 * by one measure. Kept in the address (?tinh=01&xa=00070&tu=2026-01&den=2026-12&chi-so=truc-tuyen) so that a view
 * can be bookmarked, sent to a colleague and left with the browser's back button. Anything unreadable in the address
 * falls back to the default rather than failing: the last 12 months of the whole country, ranked by online dossiers.
 */
record DashboardScope(String provinceCode, String communeCode, YearMonth from, YearMonth to, Measure measure) {

    /** How far back the month lists go; the aggregates keep everything, the screen offers five years. */
    static final int MONTHS_OFFERED = 60;
    private static final Pattern CODE = Pattern.compile("[0-9]{2,5}");

    enum Level { COUNTRY, PROVINCE, COMMUNE }

    DashboardScope {
        if (provinceCode == null) {
            communeCode = null;
        }
    }

    static DashboardScope defaults(LocalDate today) {
        YearMonth now = YearMonth.from(today);
        return new DashboardScope(null, null, now.minusMonths(11), now, Measure.ONLINE_DOSSIERS);
    }

    static DashboardScope from(QueryParameters query, LocalDate today) {
        DashboardScope defaults = defaults(today);
        String province = code(query, "tinh");
        String commune = province == null ? null : code(query, "xa");
        YearMonth from = month(query, "tu", defaults.from());
        YearMonth to = month(query, "den", defaults.to());
        YearMonth latest = YearMonth.from(today);
        YearMonth earliest = latest.minusMonths(MONTHS_OFFERED - 1L);
        if (to.isAfter(latest) || to.isBefore(earliest)) {
            to = latest;
        }
        if (from.isAfter(to) || from.isBefore(earliest)) {
            from = defaults.from().isAfter(to) ? to : defaults.from();
        }
        Measure measure = Measure.ofSlug(query.getSingleParameter("chi-so").orElse(""));
        return new DashboardScope(province, commune, from, to, measure);
    }

    Level level() {
        return provinceCode == null ? Level.COUNTRY : communeCode == null ? Level.PROVINCE : Level.COMMUNE;
    }

    DashboardScope country() {
        return new DashboardScope(null, null, from, to, measure);
    }

    DashboardScope province(String code) {
        return new DashboardScope(code, null, from, to, measure);
    }

    DashboardScope commune(String code) {
        return new DashboardScope(provinceCode, code, from, to, measure);
    }

    DashboardScope period(YearMonth newFrom, YearMonth newTo, Measure newMeasure) {
        return new DashboardScope(provinceCode, communeCode, newFrom, newTo, newMeasure);
    }

    LocalDate firstDay() {
        return from.atDay(1);
    }

    LocalDate lastDay() {
        return to.atEndOfMonth();
    }

    QueryParameters query() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (provinceCode != null) {
            parameters.put("tinh", List.of(provinceCode));
        }
        if (communeCode != null) {
            parameters.put("xa", List.of(communeCode));
        }
        parameters.put("tu", List.of(from.toString()));
        parameters.put("den", List.of(to.toString()));
        parameters.put("chi-so", List.of(measure.slug()));
        return new QueryParameters(parameters);
    }

    private static String code(QueryParameters query, String name) {
        return query.getSingleParameter(name).filter(value -> CODE.matcher(value).matches()).orElse(null);
    }

    private static YearMonth month(QueryParameters query, String name, YearMonth fallback) {
        try {
            return query.getSingleParameter(name).map(YearMonth::parse).orElse(fallback);
        } catch (DateTimeParseException unreadable) {
            return fallback;
        }
    }
}
