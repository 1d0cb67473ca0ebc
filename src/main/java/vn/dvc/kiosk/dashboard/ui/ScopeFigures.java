package vn.dvc.kiosk.dashboard.ui;

import java.util.List;
import java.util.Map;

import vn.dvc.kiosk.dashboard.Counts;
import vn.dvc.kiosk.dashboard.DashboardFigures;
import vn.dvc.kiosk.dashboard.FigureRow;
import vn.dvc.kiosk.dashboard.GroupFigure;
import vn.dvc.kiosk.dashboard.Ratio;

/**
 * Everything one dashboard screen shows, read in one go: the places one level down (provinces of the country,
 * communes of a province; none below a commune), the procedures and the months of the scope, the dossiers overdue
 * now, and the scope's totals added up from its months.
 *
 * @param overdue overdue-now per place one level down (for a commune: its own count under its code)
 * @param groups  assisted filings of every volunteer group in the months (a few hundred rows at most); the screen
 *                keeps those of the scope
 * @param receivingUnits the agencies (one-stop desks) of a commune; empty above the commune level
 */
record ScopeFigures(List<FigureRow> places, List<FigureRow> procedures, List<FigureRow> months,
        Map<String, Long> overdue, Counts total, Ratio procedureShare, long overdueTotal, List<GroupFigure> groups,
        List<FigureRow> receivingUnits) {

    static ScopeFigures load(DashboardFigures figures, DashboardScope scope) {
        List<FigureRow> places;
        List<FigureRow> procedures;
        List<FigureRow> receivingUnits = List.of();
        Map<String, Long> overdue;
        switch (scope.level()) {
            case COUNTRY -> {
                places = figures.byProvince(scope.from(), scope.to());
                procedures = figures.byProcedure(null, scope.from(), scope.to());
                overdue = figures.overdueByProvince();
            }
            case PROVINCE -> {
                places = figures.byCommune(scope.provinceCode(), scope.from(), scope.to());
                procedures = figures.byProcedure(scope.provinceCode(), scope.from(), scope.to());
                overdue = figures.overdueByCommune(scope.provinceCode());
            }
            default -> {
                places = List.of();
                procedures = figures.byProcedureOfCommune(scope.communeCode(), scope.firstDay(), scope.lastDay());
                receivingUnits = figures.byUnit(scope.communeCode(), scope.firstDay(), scope.lastDay());
                Long own = figures.overdueByCommune(scope.provinceCode()).get(scope.communeCode());
                overdue = own == null ? Map.of() : Map.of(scope.communeCode(), own);
            }
        }
        List<FigureRow> months = figures.byMonth(scope.provinceCode(), scope.communeCode(), scope.from(), scope.to());
        Counts total = months.stream().map(FigureRow::counts).reduce(Counts.NONE, Counts::plus);
        long overdueTotal = overdue.values().stream().mapToLong(Long::longValue).sum();
        return new ScopeFigures(places, procedures, months, overdue, total,
                figures.onlineProcedureShare(procedures), overdueTotal,
                figures.assistedByGroup(scope.from(), scope.to()), receivingUnits);
    }

    boolean empty() {
        return total.received() == 0 && total.returned() == 0 && total.finished() == 0;
    }
}
