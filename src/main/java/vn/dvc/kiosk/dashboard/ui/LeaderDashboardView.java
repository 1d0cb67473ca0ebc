package vn.dvc.kiosk.dashboard.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import vn.dvc.kiosk.catalog.Catalog;
import vn.dvc.kiosk.dashboard.Counts;
import vn.dvc.kiosk.dashboard.DashboardFigures;
import vn.dvc.kiosk.dashboard.DashboardTargets;
import vn.dvc.kiosk.dashboard.FigureRow;
import vn.dvc.kiosk.dashboard.GroupFigure;
import vn.dvc.kiosk.dashboard.Ratio;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.shared.security.StaffRole;
import vn.dvc.kiosk.shared.ui.PageTitles;
import vn.dvc.kiosk.shared.ui.RateChart;
import vn.dvc.kiosk.shared.ui.StaffLayout;
import vn.dvc.kiosk.units.AdministrativeUnit;
import vn.dvc.kiosk.units.AdministrativeUnits;

/**
 * The leaders' dashboard: where the scope stands against its targets (tiles), which places one level down are
 * furthest behind on the chosen measure (chart and ranked table, each place a link one level down), which
 * procedures, and month by month. Country → province → commune; a commune shows its procedures. Every table can be
 * downloaded as CSV or XLSX. Read-only, from the aggregates ({@link DashboardFigures}).
 */
@Route(value = LeaderDashboardView.ROUTE, layout = StaffLayout.class)
@RolesAllowed(StaffRole.Names.LEADER)
@StyleSheet("/css/dashboard.css")
public class LeaderDashboardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "lanh-dao/bang-dieu-hanh";
    /** The e-citizen campaign's figures (advisor module), where leaders see residents helped per commune. */
    static final String CAMPAIGN_ROUTE = "tu-van/chien-dich";
    /** The ranking chart shows the places furthest behind; the table below it has them all. */
    static final int CHART_PLACES = 15;

    private static final Logger log = LoggerFactory.getLogger(LeaderDashboardView.class);

    private final DashboardFigures figures;
    private final AdministrativeUnits units;
    private final Catalog catalog;
    private final Clock clock;
    private DashboardScope scope;
    private Shares shares;

    LeaderDashboardView(DashboardFigures figures, AdministrativeUnits units, Catalog catalog, Clock clock) {
        this.figures = figures;
        this.units = units;
        this.catalog = catalog;
        this.clock = clock;
        addClassName("dashboard");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("dashboard.title"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LocalDate today = LocalDate.now(clock);
        scope = DashboardScope.from(event.getLocation().getQueryParameters(), today);
        shares = new Shares(getLocale());
        removeAll();
        add(new H1(getTranslation("dashboard.title")), breadcrumb(), periodForm(today), help());
        Div body = new Div();
        body.setId("dashboard-body");
        add(body);
        show(body);
        // the view is kept between drill-downs (same route, new address): start each level at its top
        getElement().executeJs("window.scrollTo(0, 0)");
    }

    private void show(Div body) {
        body.removeAll();
        ScopeFigures shown;
        try {
            shown = ScopeFigures.load(figures, scope);
        } catch (DataAccessException failure) {
            log.error("Dashboard: figures could not be read for level {} ({} to {})", scope.level(), scope.from(),
                    scope.to(), failure);
            Paragraph sorry = new Paragraph(getTranslation("dashboard.error"));
            sorry.setId("dashboard-error");
            sorry.addClassName("dashboard-alert");
            sorry.getElement().setAttribute("role", "alert");
            Button again = new Button(getTranslation("dashboard.error.retry"), e -> show(body));
            again.addClassName("dashboard-button");
            body.add(sorry, again);
            return;
        }
        Paragraph period = new Paragraph(getTranslation("dashboard.scope.period", scopeName(),
                monthName(scope.from()), monthName(scope.to())));
        period.setId("dashboard-period");
        period.addClassName("dashboard-note");
        body.add(period);
        if (shown.empty()) {
            Paragraph none = new Paragraph(getTranslation("dashboard.empty"));
            none.setId("dashboard-empty");
            none.addClassName("dashboard-alert");
            body.add(none);
            return;
        }
        body.add(new ScoreTiles(shown, figures.targets(), shares));
        if (scope.level() != DashboardScope.Level.COMMUNE) {
            body.add(ranking(shown));
        }
        body.add(procedures(shown));
        if (scope.level() == DashboardScope.Level.COMMUNE) {
            body.add(receivingUnits(shown));
        }
        body.add(months(shown), groups(shown));
    }

    /** Country › province › commune, each a link back up. */
    private Nav breadcrumb() {
        Nav nav = new Nav();
        nav.setId("dashboard-breadcrumb");
        nav.addClassName("dashboard-breadcrumb");
        nav.getElement().setAttribute("aria-label", getTranslation("dashboard.breadcrumb"));
        List<Component> steps = new ArrayList<>();
        steps.add(step(getTranslation("dashboard.country"), scope.country(), scope.provinceCode() == null));
        if (scope.provinceCode() != null) {
            steps.add(step(provinceName(scope.provinceCode()), scope.province(scope.provinceCode()),
                    scope.communeCode() == null));
        }
        if (scope.communeCode() != null) {
            steps.add(step(communeName(scope.communeCode()), scope, true));
        }
        for (int i = 0; i < steps.size(); i++) {
            if (i > 0) {
                Span separator = new Span("›");
                separator.getElement().setAttribute("aria-hidden", "true");
                nav.add(separator);
            }
            nav.add(steps.get(i));
        }
        return nav;
    }

    private Component step(String name, DashboardScope target, boolean current) {
        if (current) {
            Span here = new Span(name);
            here.getElement().setAttribute("aria-current", "page");
            here.addClassName("dashboard-here");
            return here;
        }
        return link(name, target);
    }

    private Anchor link(String name, DashboardScope target) {
        Anchor link = new Anchor(href(target), name);
        link.getElement().setAttribute("router-link", "");
        link.addClassName("dashboard-link");
        return link;
    }

    static String href(DashboardScope target) {
        return ROUTE + "?" + target.query().getQueryString();
    }

    /** Months from and to and the measure to rank by; "Xem" reloads the address, so back still works. */
    private Div periodForm(LocalDate today) {
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < DashboardScope.MONTHS_OFFERED; i++) {
            months.add(YearMonth.from(today).minusMonths(i));
        }
        Select<YearMonth> from = monthSelect("dashboard-from", "dashboard.from", months, scope.from());
        Select<YearMonth> to = monthSelect("dashboard-to", "dashboard.to", months, scope.to());
        Select<Measure> measure = new Select<>();
        measure.setId("dashboard-measure");
        measure.setLabel(getTranslation("dashboard.measure"));
        measure.setItems(Measure.values());
        measure.setItemLabelGenerator(m -> getTranslation(m.key()));
        measure.setValue(scope.measure());
        Paragraph problem = new Paragraph();
        problem.setId("dashboard-period-problem");
        problem.addClassName("dashboard-alert");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        Button apply = new Button(getTranslation("dashboard.apply"), e -> {
            if (from.getValue().isAfter(to.getValue())) {
                problem.setText(getTranslation("dashboard.period.invalid"));
                problem.setVisible(true);
                return;
            }
            UI.getCurrent().navigate(LeaderDashboardView.class,
                    scope.period(from.getValue(), to.getValue(), measure.getValue()).query());
        });
        apply.setId("dashboard-apply");
        apply.addThemeVariants(ButtonVariant.PRIMARY);
        apply.addClassName("dashboard-button");
        Div fields = new Div(from, to, measure, apply);
        fields.addClassName("dashboard-period");
        return new Div(fields, problem);
    }

    private Select<YearMonth> monthSelect(String id, String labelKey, List<YearMonth> months, YearMonth value) {
        Select<YearMonth> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(months);
        select.setItemLabelGenerator(this::monthName);
        select.setValue(value);
        return select;
    }

    private Details help() {
        Div definitions = new Div();
        definitions.addClassName("dashboard-help");
        for (String term : List.of("onlineProcedures", "onlineDossiers", "fullOnline", "onlinePayment", "onTime",
                "overdue", "assisted", "satisfaction", "results", "gap", "days")) {
            H2 name = new H2(getTranslation("dashboard.help." + term));
            Paragraph meaning = new Paragraph(getTranslation("dashboard.help." + term + ".text"));
            definitions.add(name, meaning);
        }
        Details details = new Details(getTranslation("dashboard.help"), definitions);
        details.setId("dashboard-help");
        details.addClassName("dashboard-help-details");
        return details;
    }

    /** The places one level down, furthest behind the chosen measure's target first. */
    private Div ranking(ScopeFigures shown) {
        Measure measure = scope.measure();
        double target = measure.target(figures.targets());
        List<PlaceLine> lines = shown.places().stream().filter(row -> !row.key().isEmpty())
                .map(row -> new PlaceLine(row.key(), placeName(row.key()), row.counts(),
                        shown.overdue().getOrDefault(row.key(), 0L), Shares.gap(measure.of(row.counts()), target)))
                .sorted(Comparator.comparing(PlaceLine::gap, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(PlaceLine::name))
                .toList();
        String measureName = getTranslation(measure.key());
        RateChart chart = new RateChart(RateChart.Kind.BAR);
        chart.setId("dashboard-ranking-chart");
        chart.addClassName("dashboard-chart");
        List<PlaceLine> charted = lines.stream().limit(CHART_PLACES).toList();
        chart.setAccessibleName(getTranslation("dashboard.ranking.chart", charted.size(), measureName));
        chart.setData(charted.stream().map(PlaceLine::name).toList(),
                List.of(new RateChart.Series(measureName, charted.stream()
                        .map(line -> percentOrNull(measure.of(line.counts()))).toList())),
                target * 100, getTranslation("dashboard.target"));
        String title = getTranslation(scope.level() == DashboardScope.Level.COUNTRY ? "dashboard.ranking.provinces"
                : "dashboard.ranking.communes", measureName);
        int[] rank = {0};
        List<RankedPlace> ranked = lines.stream().map(line -> new RankedPlace(++rank[0], line)).toList();
        List<FigureTable.Column<RankedPlace>> columns = new ArrayList<>();
        columns.add(FigureTable.Column.number(getTranslation("dashboard.column.rank"), RankedPlace::rank));
        columns.add(FigureTable.Column.<RankedPlace>shown(getTranslation("dashboard.column.place"), r -> r.line().name(),
                r -> placeCell(r.line()), false).leading("240px"));
        columns.add(FigureTable.Column.shown(getTranslation("dashboard.column.gap", measureName),
                r -> r.line().gap() == null ? null : new TableExport.Share(r.line().gap()),
                r -> gapBadge(r.line().gap()), true));
        columns.addAll(countColumns(r -> r.line().counts()));
        columns.add(FigureTable.Column.number(getTranslation("dashboard.column.overdue"), r -> r.line().overdue()));
        Div section = new Div(chart, new FigureTable<>("dashboard-ranking", title, fileName("xep-hang"), columns,
                ranked, this::format));
        section.addClassName("dashboard-section");
        // units nobody placed yet count in the totals but are no place to rank: say so, so that they get placed
        shown.places().stream().filter(row -> row.key().isEmpty()).findFirst().ifPresent(unplaced -> {
            Paragraph note = new Paragraph(getTranslation("dashboard.ranking.unplaced",
                    shares.count(unplaced.counts().received())));
            note.setId("dashboard-unplaced");
            note.addClassName("dashboard-note");
            section.add(note);
        });
        return section;
    }

    private Div procedures(ScopeFigures shown) {
        Measure measure = scope.measure();
        double target = measure.target(figures.targets());
        List<FigureRow> rows = shown.procedures().stream()
                .sorted(Comparator.comparing((FigureRow row) -> row.counts().received()).reversed()).toList();
        List<FigureTable.Column<FigureRow>> columns = new ArrayList<>();
        columns.add(FigureTable.Column.<FigureRow>text(getTranslation("dashboard.column.procedure"),
                row -> procedureName(row.key())).leading("380px"));
        columns.add(FigureTable.Column.text(getTranslation("dashboard.column.procedureCode"), FigureRow::key));
        columns.add(FigureTable.Column.shown(getTranslation("dashboard.column.gap", getTranslation(measure.key())),
                row -> Optional.ofNullable(Shares.gap(measure.of(row.counts()), target))
                        .map(TableExport.Share::new).orElse(null),
                row -> gapBadge(Shares.gap(measure.of(row.counts()), target)), true));
        columns.addAll(countColumns(FigureRow::counts));
        Div section = new Div(new FigureTable<>("dashboard-procedures",
                getTranslation("dashboard.procedures", scopeName()), fileName("thu-tuc"), columns, rows,
                this::format));
        section.addClassName("dashboard-section");
        return section;
    }

    /** The commune's one-stop desks (agencies), known by their code: the catalog of agencies has no names yet. */
    private Div receivingUnits(ScopeFigures shown) {
        List<FigureTable.Column<FigureRow>> columns = new ArrayList<>();
        columns.add(FigureTable.Column.<FigureRow>text(getTranslation("dashboard.column.unit"), FigureRow::key)
                .leading("220px"));
        columns.addAll(countColumns(FigureRow::counts));
        Div section = new Div(new FigureTable<>("dashboard-units", getTranslation("dashboard.units", scopeName()),
                fileName("co-quan"), columns, shown.receivingUnits(), this::format));
        section.addClassName("dashboard-section");
        return section;
    }

    private Div months(ScopeFigures shown) {
        DashboardTargets targets = figures.targets();
        RateChart chart = new RateChart(RateChart.Kind.LINE);
        chart.setId("dashboard-months-chart");
        chart.addClassName("dashboard-chart");
        chart.setHeight("360px");
        chart.setAccessibleName(getTranslation("dashboard.months.chart", scopeName()));
        List<RateChart.Series> series = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            series.add(new RateChart.Series(getTranslation(measure.key()), shown.months().stream()
                    .map(row -> percentOrNull(measure.of(row.counts()))).toList()));
        }
        chart.setData(shown.months().stream().map(row -> monthName(YearMonth.parse(row.key()))).toList(), series,
                targets.onlineDossierShare() * 100, getTranslation("dashboard.target.onlineDossiers"));
        List<FigureTable.Column<FigureRow>> columns = new ArrayList<>();
        columns.add(FigureTable.Column.text(getTranslation("dashboard.column.month"), FigureRow::key));
        columns.addAll(countColumns(FigureRow::counts));
        Div section = new Div(chart, new FigureTable<>("dashboard-months",
                getTranslation("dashboard.months", scopeName()), fileName("theo-thang"), columns, shown.months(),
                this::format));
        section.addClassName("dashboard-section");
        return section;
    }

    /**
     * Dossiers volunteers helped file, per volunteer group (its own commune), for the groups of the scope; the
     * residents each group helped become e-citizens are on the campaign screen, linked here.
     */
    private Div groups(ScopeFigures shown) {
        List<GroupFigure> groups = shown.groups().stream().filter(this::inScope).toList();
        List<FigureTable.Column<GroupFigure>> columns = List.of(
                FigureTable.Column.<GroupFigure>text(getTranslation("dashboard.column.group"),
                        g -> g.groupCode().isEmpty() ? getTranslation("dashboard.group.none") : g.groupCode())
                        .leading("240px"),
                FigureTable.Column.text(getTranslation("dashboard.column.groupCommune"),
                        g -> g.communeCode().isEmpty() ? "—" : communeName(g.communeCode())),
                FigureTable.Column.number(getTranslation("dashboard.column.assisted"), GroupFigure::receivedAssisted));
        Anchor campaign = new Anchor(CAMPAIGN_ROUTE, getTranslation("dashboard.groups.campaign"));
        campaign.getElement().setAttribute("router-link", "");
        campaign.addClassName("dashboard-link");
        campaign.setId("dashboard-campaign-link");
        Div section = new Div(new FigureTable<>("dashboard-groups", getTranslation("dashboard.groups", scopeName()),
                fileName("to-tinh-nguyen"), columns, groups, this::format), campaign);
        section.addClassName("dashboard-section");
        return section;
    }

    private boolean inScope(GroupFigure group) {
        return switch (scope.level()) {
            case COUNTRY -> true;
            case PROVINCE -> units.commune(group.communeCode())
                    .filter(c -> c.getProvinceCode().equals(scope.provinceCode())).isPresent();
            case COMMUNE -> group.communeCode().equals(scope.communeCode());
        };
    }

    /** The counters and shares every table has, in the same order. */
    private <T> List<FigureTable.Column<T>> countColumns(java.util.function.Function<T, Counts> counts) {
        return List.of(
                FigureTable.Column.number(getTranslation("dashboard.column.received"), t -> counts.apply(t).received()),
                FigureTable.Column.number(getTranslation("dashboard.column.receivedOnline"),
                        t -> counts.apply(t).receivedOnline()),
                share("dashboard.measure.ONLINE_DOSSIERS", t -> counts.apply(t).onlineShare()),
                share("dashboard.measure.FULL_ONLINE", t -> counts.apply(t).fullOnlineShare()),
                share("dashboard.measure.ONLINE_PAYMENT", t -> counts.apply(t).onlinePaymentShare()),
                share("dashboard.measure.ON_TIME", t -> counts.apply(t).onTimeShare()),
                share("dashboard.column.byPost", t -> counts.apply(t).resultsByPostShare()),
                share("dashboard.column.electronic", t -> counts.apply(t).resultsElectronicShare()),
                FigureTable.Column.number(getTranslation("dashboard.column.assisted"),
                        t -> counts.apply(t).receivedAssisted()),
                FigureTable.Column.number(getTranslation("dashboard.column.satisfaction"),
                        t -> counts.apply(t).satisfaction().value()));
    }

    private <T> FigureTable.Column<T> share(String key, java.util.function.Function<T, Ratio> ratio) {
        return FigureTable.Column.number(getTranslation(key), t -> new TableExport.Share(ratio.apply(t).value()));
    }

    private String format(Object value) {
        return switch (value) {
            case null -> "—";
            case TableExport.Share share when share.fraction() == null -> "—";
            case TableExport.Share share -> shares.percent(share.fraction());
            case Double score -> shares.score(score);
            case Long count -> shares.count(count);
            case Integer count -> shares.count(count);
            default -> value.toString();
        };
    }

    private Component placeCell(PlaceLine line) {
        DashboardScope below = scope.level() == DashboardScope.Level.COUNTRY ? scope.province(line.key())
                : scope.commune(line.key());
        Anchor link = link(line.name(), below);
        link.addClassName("dashboard-drill");
        return link;
    }

    /** Below target: red, ▼ and a minus sign; reached: green, ▲ (never colour alone). */
    private Component gapBadge(Double gap) {
        if (gap == null) {
            Span none = new Span("—");
            none.getElement().setAttribute("title", getTranslation("dashboard.gap.none"));
            return none;
        }
        boolean behind = gap < 0;
        Span badge = new Span((behind ? "▼ " : "▲ ") + shares.points(gap));
        badge.addClassName(behind ? "dashboard-gap-behind" : "dashboard-gap-reached");
        badge.getElement().setAttribute("aria-label", getTranslation(behind ? "dashboard.gap.behind"
                : "dashboard.gap.reached", shares.pointsApart(gap)));
        return badge;
    }

    private static Double percentOrNull(Ratio ratio) {
        return ratio.value() == null ? null : ratio.value() * 100;
    }

    private String scopeName() {
        return switch (scope.level()) {
            case COUNTRY -> getTranslation("dashboard.country");
            case PROVINCE -> provinceName(scope.provinceCode());
            case COMMUNE -> communeName(scope.communeCode()) + ", " + provinceName(scope.provinceCode());
        };
    }

    private String placeName(String code) {
        return scope.level() == DashboardScope.Level.COUNTRY ? provinceName(code) : communeName(code);
    }

    private String provinceName(String code) {
        return name(code, units.province(code));
    }

    private String communeName(String code) {
        return name(code, units.commune(code));
    }

    private String name(String code, Optional<? extends AdministrativeUnit> unit) {
        if (code == null || code.isEmpty()) {
            return getTranslation("dashboard.unplaced");
        }
        boolean english = KioskLocales.isEnglish(getLocale());
        return unit.map(u -> english ? u.getFullNameEn() : u.getFullName()).orElse(code);
    }

    private String procedureName(String code) {
        boolean english = KioskLocales.isEnglish(getLocale());
        return catalog.procedure(code).map(p -> english ? p.getNameEn() : p.getNameVi()).orElse(code);
    }

    private String monthName(YearMonth month) {
        return month.format(DateTimeFormatter.ofPattern("MM/yyyy"));
    }

    /** "xep-hang_01_2026-01_2026-12": what, where, when, in ASCII for every file system. */
    private String fileName(String what) {
        String where = scope.communeCode() != null ? scope.communeCode()
                : scope.provinceCode() != null ? scope.provinceCode() : "ca-nuoc";
        return "dvc_" + what + "_" + where + "_" + scope.from() + "_" + scope.to();
    }

    record PlaceLine(String key, String name, Counts counts, long overdue, Double gap) {
    }

    record RankedPlace(int rank, PlaceLine line) {
    }
}
