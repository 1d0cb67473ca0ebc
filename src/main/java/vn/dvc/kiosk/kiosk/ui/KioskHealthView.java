package vn.dvc.kiosk.kiosk.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.dvc.kiosk.kiosk.KioskProfile;
import vn.dvc.kiosk.kiosk.PrinterStatus;
import vn.dvc.kiosk.kiosk.health.KioskHealth;
import vn.dvc.kiosk.kiosk.health.KioskReport;
import vn.dvc.kiosk.kiosk.health.KioskReport.Trouble;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.shared.security.StaffRole;
import vn.dvc.kiosk.shared.ui.PageTitles;
import vn.dvc.kiosk.shared.ui.StaffLayout;
import vn.dvc.kiosk.units.AdministrativeUnits;

/**
 * The admins' list of the province's kiosks ("Máy kiosk"): each kiosk's state in words with an icon (never colour
 * alone), when it was last heard from and last used, its version. Kiosks not heard from for
 * {@code kiosk.health.silent-after} come first, flagged "Mất liên lạc N phút". A plain table rather than a grid: a
 * few dozen rows per province, read by a screen reader row by row. Refreshed by its button; no polling.
 */
@Route(value = KioskHealthView.ROUTE, layout = StaffLayout.class)
@RolesAllowed(StaffRole.Names.ADMIN)
@StyleSheet("/css/kiosk-health.css")
class KioskHealthView extends Div implements HasDynamicTitle {

    static final String ROUTE = "quan-tri/may-kiosk";

    private final KioskHealth health;
    private final AdministrativeUnits units;
    private final Clock clock;
    private final Duration silentAfter;
    private final Div content = new Div();

    KioskHealthView(KioskHealth health, AdministrativeUnits units, Clock clock, KioskProfile profile) {
        this.health = health;
        this.units = units;
        this.clock = clock;
        this.silentAfter = profile.health().silentAfter();
        addClassName("kiosk-health");
        Paragraph scope = new Paragraph(getTranslation("kioskHealth.scope", silentAfter.toMinutes()));
        scope.addClassName("fact-note");
        Button refresh = new Button(getTranslation("kioskHealth.refresh"), e -> show());
        refresh.setId("kiosk-health-refresh");
        refresh.addClassName("kiosk-health-refresh");
        Div top = new Div(new H1(getTranslation("kioskHealth.title")), refresh);
        top.addClassName("kiosk-health-top");
        add(top, scope, content);
        show();
    }

    private void show() {
        content.removeAll();
        Instant now = clock.instant();
        List<KioskReport> reports = health.reports();
        if (reports.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("kioskHealth.none"));
            none.setId("kiosk-health-none");
            content.add(none);
            return;
        }
        long silent = reports.stream().filter(r -> r.silent(now, silentAfter)).count();
        long troubled = reports.stream().filter(r -> !r.silent(now, silentAfter)
                && !r.troubles(now, silentAfter).isEmpty()).count();
        Paragraph summary = new Paragraph(getTranslation("kioskHealth.summary", reports.size(), silent, troubled));
        summary.setId("kiosk-health-summary");
        summary.addClassName("kiosk-health-summary");
        summary.getElement().setAttribute("role", "status");

        NativeTableRow head = new NativeTableRow();
        for (String column : List.of("kiosk", "commune", "state", "lastSeen", "lastUse", "version")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation("kioskHealth.column." + column));
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        NativeTableBody body = new NativeTableBody();
        for (KioskReport report : reports) {
            body.add(row(report, now));
        }
        NativeTable table = new NativeTable(new NativeTableHeader(head), body);
        table.setId("kiosk-health-table");
        table.addClassName("kiosk-health-table");
        Div scroll = new Div(table);
        scroll.addClassName("kiosk-health-scroll");
        content.add(summary, scroll);
    }

    private NativeTableRow row(KioskReport report, Instant now) {
        var heartbeat = report.heartbeat();
        List<Trouble> troubles = report.troubles(now, silentAfter);
        NativeTableRow row = new NativeTableRow();
        row.addClassName(troubles.contains(Trouble.SILENT) ? "kiosk-silent"
                : troubles.isEmpty() ? "kiosk-ok" : "kiosk-trouble");
        row.getElement().setAttribute("data-kiosk", heartbeat.kioskId());
        NativeTableHeaderCell kiosk = new NativeTableHeaderCell(heartbeat.kioskId());
        kiosk.getElement().setAttribute("scope", "row");
        row.add(kiosk, cell(new Span(commune(heartbeat.communeCode()))), cell(state(report, troubles, now)),
                cell(when(report.lastSeenAt(), now)),
                cell(heartbeat.lastUseAt() == null ? new Span(getTranslation("kioskHealth.neverUsed"))
                        : when(heartbeat.lastUseAt(), now)),
                cell(new Span(heartbeat.appVersion())));
        return row;
    }

    private String commune(String code) {
        boolean english = KioskLocales.isEnglish(getLocale());
        return units.commune(code).map(c -> english ? c.getFullNameEn() : c.getFullName())
                .map(name -> name + " (" + code + ")")
                .orElse(getTranslation("kioskHealth.unknownCommune", code));
    }

    /** One line per trouble, worst first, each with its icon; or "working normally". */
    private Component state(KioskReport report, List<Trouble> troubles, Instant now) {
        Div state = new Div();
        state.addClassName("kiosk-state");
        if (troubles.isEmpty()) {
            state.add(line("ok", "✔", getTranslation("kioskHealth.state.OK")));
        }
        for (Trouble trouble : troubles) {
            String text = trouble == Trouble.SILENT
                    ? getTranslation("kioskHealth.state.SILENT", report.silence(now).toMinutes())
                    : getTranslation("kioskHealth.state." + trouble.name());
            state.add(line(trouble == Trouble.SILENT ? "silent" : "warning", trouble == Trouble.SILENT ? "✖" : "⚠",
                    text));
        }
        if (report.heartbeat().printer() == PrinterStatus.NONE) {
            state.add(line("info", "–", getTranslation("kioskHealth.noPrinter")));
        }
        return state;
    }

    private static Div line(String kind, String icon, String text) {
        Span symbol = new Span(icon);
        symbol.addClassName("kiosk-state-icon");
        symbol.getElement().setAttribute("aria-hidden", "true");
        Div line = new Div(symbol, new Span(text));
        line.addClassNames("kiosk-state-line", "kiosk-state-" + kind);
        return line;
    }

    /** "3 phút trước" and, below it, the time in the desks' zone. */
    private Component when(Instant at, Instant now) {
        Duration ago = Duration.between(at, now);
        String relative;
        if (ago.toMinutes() < 1) {
            relative = getTranslation("kioskHealth.ago.now");
        } else if (ago.toHours() < 1) {
            relative = getTranslation("kioskHealth.ago.minutes", ago.toMinutes());
        } else if (ago.toDays() < 1) {
            relative = getTranslation("kioskHealth.ago.hours", ago.toHours());
        } else {
            relative = getTranslation("kioskHealth.ago.days", ago.toDays());
        }
        ZoneId zone = clock.getZone();
        Span absolute = new Span(KioskLocales.dayAndTime(LocalDateTime.ofInstant(at, zone)));
        absolute.addClassName("kiosk-when-absolute");
        Div when = new Div(new Span(relative), absolute);
        when.addClassName("kiosk-when");
        return when;
    }

    private static NativeTableCell cell(Component content) {
        NativeTableCell cell = new NativeTableCell();
        cell.add(content);
        return cell;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("kioskHealth.title"));
    }
}
