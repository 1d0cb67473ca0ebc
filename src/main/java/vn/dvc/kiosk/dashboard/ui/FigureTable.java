package vn.dvc.kiosk.dashboard.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * One dashboard table with its two downloads: the columns say once what a cell shows and what the file holds, so
 * the screen and the CSV/XLSX never disagree.
 */
final class FigureTable<T> extends Div {

    /** Tables longer than this scroll inside a fixed height instead of stretching the page. */
    private static final int ROWS_SHOWN_IN_FULL = 15;

    /**
     * @param value     what the file holds (text, whole number, {@link TableExport.Share}, score)
     * @param shown     the cell on screen; null to show {@code value} as text
     */
    record Column<T>(String header, Function<T, Object> value, Function<T, Component> shown, boolean numeric,
            String width) {

        Column(String header, Function<T, Object> value, Function<T, Component> shown, boolean numeric) {
            this(header, value, shown, numeric, null);
        }

        /** The same column, at least this wide and frozen at the left while the figures scroll. */
        Column<T> leading(String minWidth) {
            return new Column<>(header, value, shown, numeric, minWidth);
        }

        static <T> Column<T> text(String header, Function<T, Object> value) {
            return new Column<>(header, value, null, false);
        }

        static <T> Column<T> number(String header, Function<T, Object> value) {
            return new Column<>(header, value, null, true);
        }

        static <T> Column<T> shown(String header, Function<T, Object> value, Function<T, Component> shown,
                boolean numeric) {
            return new Column<>(header, value, shown, numeric);
        }
    }

    FigureTable(String id, String title, String fileName, List<Column<T>> columns, List<T> items,
            Function<Object, String> format) {
        setId(id);
        addClassName("dashboard-table");
        H2 heading = new H2(title);
        heading.setId(id + "-title");
        TableExport export = new TableExport(title,
                columns.stream().map(Column::header).toList(),
                items.stream().map(item -> columns.stream().map(column -> column.value().apply(item)).toList())
                        .toList());
        Anchor csv = new Anchor(export.csvDownload(fileName), AttachmentType.DOWNLOAD,
                getTranslation("dashboard.export.csv"));
        csv.setId(id + "-csv");
        Anchor xlsx = new Anchor(export.xlsxDownload(fileName), AttachmentType.DOWNLOAD,
                getTranslation("dashboard.export.xlsx"));
        xlsx.setId(id + "-xlsx");
        for (Anchor link : List.of(csv, xlsx)) {
            link.addClassName("dashboard-export");
            link.getElement().setAttribute("aria-label", link.getText() + ": " + title);
        }
        Div head = new Div(heading, csv, xlsx);
        head.addClassName("dashboard-table-head");
        add(head);
        if (items.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("dashboard.table.empty"));
            none.addClassName("dashboard-note");
            add(none);
            return;
        }
        Grid<T> grid = new Grid<>();
        grid.setId(id + "-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", title);
        for (Column<T> column : columns) {
            Grid.Column<T> added = column.shown() != null ? grid.addComponentColumn(column.shown()::apply)
                    : grid.addColumn(item -> format.apply(column.value().apply(item)));
            added.setHeader(column.header()).setResizable(true);
            if (column.width() != null) {
                added.setWidth(column.width()).setFlexGrow(0).setFrozen(true);
            } else {
                added.setAutoWidth(true);
            }
            if (column.numeric()) {
                added.setTextAlign(ColumnTextAlign.END);
            }
        }
        grid.setItems(items);
        if (items.size() <= ROWS_SHOWN_IN_FULL) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("640px");
        }
        add(grid);
    }
}
