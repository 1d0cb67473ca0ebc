package vn.dvc.kiosk.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.kiosk.catalog.Catalog;
import vn.dvc.kiosk.catalog.LifeEvent;
import vn.dvc.kiosk.catalog.Procedure;
import vn.dvc.kiosk.dossier.DossierProcessing;
import vn.dvc.kiosk.dossier.OverdueCount;

/**
 * The leaders' figures: the online-service measures per province, commune, receiving unit, procedure and month, each
 * as numerator and denominator ({@link Counts}). Every method is one GROUP BY over the aggregate table whose grain
 * fits the question (never the dossier table), so its cost depends on the number of places and months asked for,
 * not on how many dossiers there are. Province, commune and procedure trends take whole months; a commune's units
 * and a unit's procedures take any days.
 */
@Service
@Transactional(readOnly = true)
public class DashboardFigures {

    private static final String SUMS = Arrays.stream(Counter.values())
            .map(c -> "sum(" + c.column() + ") as " + c.column()).collect(Collectors.joining(", "))
            + ", sum(case when channel_group = 'ONLINE' then received else 0 end) as received_online";

    private final JdbcTemplate jdbc;
    private final Catalog catalog;
    private final DossierProcessing processing;
    private final UnitPlaces places;
    private final DashboardTargets targets;

    DashboardFigures(JdbcTemplate jdbc, Catalog catalog, DossierProcessing processing, UnitPlaces places,
            DashboardTargets targets) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.processing = processing;
        this.places = places;
        this.targets = targets;
    }

    /** What each measure is compared with (kiosk.dashboard.targets). */
    public DashboardTargets targets() {
        return targets;
    }

    /** Every province (code; "" for units not placed yet), for the months from {@code from} to {@code to}. */
    public List<FigureRow> byProvince(YearMonth from, YearMonth to) {
        return query("select province_code as k, " + SUMS + " from dashboard_commune_month"
                + " where month between ? and ? group by province_code order by province_code",
                from.atDay(1), to.atDay(1));
    }

    /** The communes of one province. */
    public List<FigureRow> byCommune(String provinceCode, YearMonth from, YearMonth to) {
        return query("select commune_code as k, " + SUMS + " from dashboard_commune_month"
                + " where province_code = ? and month between ? and ? group by commune_code order by commune_code",
                provinceCode, from.atDay(1), to.atDay(1));
    }

    /** The receiving units of one commune, for any days. */
    public List<FigureRow> byUnit(String communeCode, LocalDate from, LocalDate to) {
        return query("select d.receiving_unit_code as k, " + SUMS + " from dashboard_unit_place p"
                + " join dashboard_daily d on d.receiving_unit_code = p.receiving_unit_code"
                + " where p.commune_code = ? and d.day between ? and ?"
                + " group by d.receiving_unit_code order by d.receiving_unit_code", communeCode, from, to);
    }

    /** The procedures of one receiving unit, for any days. */
    public List<FigureRow> byProcedureOfUnit(String unitCode, LocalDate from, LocalDate to) {
        return query("select procedure_code as k, " + SUMS + " from dashboard_daily"
                + " where receiving_unit_code = ? and day between ? and ? group by procedure_code"
                + " order by procedure_code", unitCode, from, to);
    }

    /** The procedures of one commune's receiving units, for any days. */
    public List<FigureRow> byProcedureOfCommune(String communeCode, LocalDate from, LocalDate to) {
        return query("select d.procedure_code as k, " + SUMS + " from dashboard_unit_place p"
                + " join dashboard_daily d on d.receiving_unit_code = p.receiving_unit_code"
                + " where p.commune_code = ? and d.day between ? and ?"
                + " group by d.procedure_code order by d.procedure_code", communeCode, from, to);
    }

    /**
     * Month by month ("2026-05"), for the whole country (both codes null), one province, or one commune of it. Months
     * without a dossier are absent.
     */
    public List<FigureRow> byMonth(String provinceCode, String communeCode, YearMonth from, YearMonth to) {
        StringBuilder where = new StringBuilder(" where month between ? and ?");
        List<Object> args = new ArrayList<>(List.of(from.atDay(1), to.atDay(1)));
        if (provinceCode != null) {
            where.append(" and province_code = ?");
            args.add(provinceCode);
        }
        if (communeCode != null) {
            where.append(" and commune_code = ?");
            args.add(communeCode);
        }
        return query("select date_format(month, '%Y-%m') as k, " + SUMS + " from dashboard_commune_month" + where
                + " group by month order by month", args.toArray());
    }

    /** The procedures of one province, or of the whole country when {@code provinceCode} is null. */
    public List<FigureRow> byProcedure(String provinceCode, YearMonth from, YearMonth to) {
        return provinceCode == null
                ? query("select procedure_code as k, " + SUMS + " from dashboard_procedure_month"
                        + " where month between ? and ? group by procedure_code order by procedure_code",
                        from.atDay(1), to.atDay(1))
                : query("select procedure_code as k, " + SUMS + " from dashboard_procedure_month"
                        + " where province_code = ? and month between ? and ? group by procedure_code"
                        + " order by procedure_code", provinceCode, from.atDay(1), to.atDay(1));
    }

    /** One procedure month by month, in one province or the whole country (null). */
    public List<FigureRow> procedureByMonth(String procedureCode, String provinceCode, YearMonth from, YearMonth to) {
        String province = provinceCode == null ? "" : " and province_code = ?";
        Object[] args = provinceCode == null ? new Object[] {procedureCode, from.atDay(1), to.atDay(1)}
                : new Object[] {procedureCode, from.atDay(1), to.atDay(1), provinceCode};
        return query("select date_format(month, '%Y-%m') as k, " + SUMS + " from dashboard_procedure_month"
                + " where procedure_code = ? and month between ? and ?" + province + " group by month order by month",
                args);
    }

    /** Assisted filings per volunteer group in the months (by month of reception), the most first. */
    public List<GroupFigure> assistedByGroup(YearMonth from, YearMonth to) {
        return jdbc.query("""
                select group_code, commune_code, sum(received_assisted) as n from dashboard_group_month
                 where month between ? and ? group by group_code, commune_code
                 order by n desc, group_code, commune_code""",
                (rs, i) -> new GroupFigure(rs.getString(1), rs.getString(2), rs.getLong(3)), from.atDay(1),
                to.atDay(1));
    }

    /**
     * The share of online-capable procedures (catalog: FULL or PARTIAL) that received at least one online dossier in
     * the months, in one province or the whole country (null).
     */
    public Ratio onlineProcedureShare(String provinceCode, YearMonth from, YearMonth to) {
        return onlineProcedureShare(byProcedure(provinceCode, from, to));
    }

    /**
     * The same share from procedure rows already read (a province's, or a commune's from
     * {@link #byProcedureOfCommune}): online-capable procedures with an online dossier among them, of all
     * online-capable procedures in the catalog.
     */
    public Ratio onlineProcedureShare(List<FigureRow> procedureRows) {
        Set<String> capable = onlineCapableProcedures();
        long withOnline = procedureRows.stream()
                .filter(row -> row.counts().receivedOnline() > 0 && capable.contains(row.key())).count();
        return new Ratio(withOnline, capable.size());
    }

    /** The codes of the catalog's procedures that can be filed online (FULL or PARTIAL). */
    public Set<String> onlineCapableProcedures() {
        return Arrays.stream(LifeEvent.values()).flatMap(e -> catalog.byLifeEvent(e).stream())
                .filter(p -> p.getOnlineMode().canFileOnline()).map(Procedure::getCode)
                .collect(Collectors.toSet());
    }

    /**
     * Dossiers overdue now (clock running, appointment before today) per province. Asked of the dossier module each
     * time rather than kept as a counter: "overdue" changes at midnight without any event, and the index
     * (status, appointment_date, receiving_unit_code) makes it a few range scans of the open dossiers.
     */
    public Map<String, Long> overdueByProvince() {
        return overdue(place -> place.provinceCode());
    }

    /** Dossiers overdue now per commune of one province. */
    public Map<String, Long> overdueByCommune(String provinceCode) {
        Map<String, Long> all = overdue(place -> provinceCode.equals(place.provinceCode()) ? place.communeCode()
                : null);
        all.remove(null);
        return all;
    }

    /** Dossiers overdue now per receiving unit. */
    public Map<String, Long> overdueByUnit() {
        return processing.overdueByUnit().stream().collect(Collectors.toMap(OverdueCount::receivingUnitCode,
                OverdueCount::overdue, Long::sum, TreeMap::new));
    }

    private Map<String, Long> overdue(Function<UnitPlace, String> key) {
        Map<String, Long> result = new TreeMap<>(Comparator.nullsFirst(String::compareTo));
        Map<String, UnitPlace> placed = places.all();
        for (OverdueCount count : processing.overdueByUnit()) {
            UnitPlace place = placed.getOrDefault(count.receivingUnitCode(),
                    UnitPlace.unknown(count.receivingUnitCode()));
            result.merge(key.apply(place), count.overdue(), Long::sum);
        }
        return result;
    }

    private List<FigureRow> query(String sql, Object... args) {
        return jdbc.query(sql, (rs, i) -> new FigureRow(rs.getString("k"), counts(rs)), args);
    }

    private static Counts counts(ResultSet rs) throws SQLException {
        Map<Counter, Long> sums = new LinkedHashMap<>();
        for (Counter counter : Counter.values()) {
            sums.put(counter, rs.getLong(counter.column()));
        }
        return new Counts(sums.get(Counter.RECEIVED), rs.getLong("received_online"),
                sums.get(Counter.RECEIVED_ASSISTED), sums.get(Counter.WITH_FEE), sums.get(Counter.FEE_PAID_ONLINE),
                sums.get(Counter.FINISHED_EARLY), sums.get(Counter.FINISHED_ON_TIME), sums.get(Counter.FINISHED_LATE),
                sums.get(Counter.RETURNED), sums.get(Counter.RETURNED_BY_POST), sums.get(Counter.RETURNED_ELECTRONIC),
                sums.get(Counter.RETURNED_FULL_ONLINE), sums.get(Counter.RATED), sums.get(Counter.RATING_SUM));
    }
}
