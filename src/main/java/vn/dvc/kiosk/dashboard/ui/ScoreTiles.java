package vn.dvc.kiosk.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import vn.dvc.kiosk.dashboard.Counts;
import vn.dvc.kiosk.dashboard.DashboardTargets;
import vn.dvc.kiosk.dashboard.Ratio;

/**
 * Where the scope stands, one tile per measure: the share, its numerator and denominator, the target and the gap
 * (▼ red behind, ▲ green reached). Measures without a target show the figure only.
 */
final class ScoreTiles extends Div {

    private final Shares shares;

    ScoreTiles(ScopeFigures shown, DashboardTargets targets, Shares shares) {
        this.shares = shares;
        setId("dashboard-tiles");
        addClassName("dashboard-tiles");
        Counts total = shown.total();
        add(share("onlineProcedures", shown.procedureShare(), targets.onlineProcedureShare(),
                "dashboard.tile.procedures"));
        add(share("onlineDossiers", total.onlineShare(), targets.onlineDossierShare(), "dashboard.tile.dossiers"));
        add(share("fullOnline", total.fullOnlineShare(), targets.fullOnlineShare(), "dashboard.tile.results"));
        add(share("onlinePayment", total.onlinePaymentShare(), targets.onlinePaymentShare(),
                "dashboard.tile.fees"));
        add(share("onTime", total.onTimeShare(), targets.onTimeShare(), "dashboard.tile.finished"));
        add(overdue(shown.overdueTotal()));
        add(share("assisted", total.assistedShare(), null, "dashboard.tile.dossiers"));
        add(share("byPost", total.resultsByPostShare(), null, "dashboard.tile.results"));
        add(share("electronic", total.resultsElectronicShare(), null, "dashboard.tile.results"));
        add(satisfaction(total.satisfaction(), targets.satisfaction()));
    }

    private Div share(String measure, Ratio ratio, Double target, String ofKey) {
        Div tile = tile(measure, shares.percent(ratio));
        tile.add(note(getTranslation(ofKey, shares.count(ratio.numerator()), shares.count(ratio.denominator()))));
        if (target != null) {
            Double gap = Shares.gap(ratio, target);
            tile.add(targetLine(shares.percent(target), gap));
            if (gap != null) {
                tile.addClassName(gap < 0 ? "dashboard-tile-behind" : "dashboard-tile-reached");
            }
        }
        return tile;
    }

    private Div overdue(long overdue) {
        Div tile = tile("overdue", shares.count(overdue));
        tile.add(note(getTranslation("dashboard.tile.overdue.note")));
        if (overdue > 0) {
            tile.addClassName("dashboard-tile-behind");
        }
        return tile;
    }

    private Div satisfaction(Ratio average, double target) {
        Div tile = tile("satisfaction", shares.score(average));
        tile.add(note(getTranslation("dashboard.tile.ratings", shares.count(average.denominator()))));
        Double gap = average.value() == null ? null : average.value() - target;
        Div line = new Div(new Span(getTranslation("dashboard.tile.target",
                shares.score(target))));
        line.addClassName("dashboard-tile-target");
        tile.add(line);
        if (gap != null) {
            tile.addClassName(gap < 0 ? "dashboard-tile-behind" : "dashboard-tile-reached");
        }
        return tile;
    }

    private Div tile(String measure, String value) {
        Div tile = new Div();
        tile.setId("dashboard-tile-" + measure);
        tile.addClassName("dashboard-tile");
        H2 name = new H2(getTranslation("dashboard.tile." + measure));
        name.addClassName("dashboard-tile-name");
        Span figure = new Span(value);
        figure.addClassName("dashboard-tile-value");
        tile.add(name, figure);
        return tile;
    }

    private Div targetLine(String target, Double gap) {
        Div line = new Div();
        line.addClassName("dashboard-tile-target");
        line.add(new Span(getTranslation("dashboard.tile.target", target)));
        if (gap != null) {
            boolean behind = gap < 0;
            Span badge = new Span((behind ? "▼ " : "▲ ") + getTranslation(behind ? "dashboard.gap.behind"
                    : "dashboard.gap.reached", shares.pointsApart(gap)));
            badge.addClassName(behind ? "dashboard-gap-behind" : "dashboard-gap-reached");
            line.add(badge);
        }
        return line;
    }

    private static Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName("dashboard-tile-note");
        return note;
    }
}
