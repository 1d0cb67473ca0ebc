package vn.dvc.kiosk.backoffice.ui;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import vn.dvc.kiosk.backoffice.OfficerDesk;
import vn.dvc.kiosk.dossier.DossierQueueFilter;
import vn.dvc.kiosk.dossier.DossierQueueItem;
import vn.dvc.kiosk.dossier.DossierStatus;
import vn.dvc.kiosk.dossier.ProcedureInQueue;
import vn.dvc.kiosk.shared.security.CurrentStaff;
import vn.dvc.kiosk.shared.security.StaffMember;
import vn.dvc.kiosk.shared.security.StaffRole;
import vn.dvc.kiosk.shared.ui.PageTitles;
import vn.dvc.kiosk.shared.ui.StaffLayout;

/**
 * The officer's queue: the unit's dossiers, soonest appointment first, read page by page as the grid scrolls (a
 * unit may hold thousands; the grid never asks for a count, which would read them all). Click or Enter opens one.
 */
@Route(value = DeskQueueView.ROUTE, layout = StaffLayout.class)
@RolesAllowed(StaffRole.Names.OFFICER)
@StyleSheet("/css/desk.css")
public class DeskQueueView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "can-bo/ho-so";
    /** "Due soon" on the desk means within this many working days (issue 6). */
    static final int DUE_SOON_WORKING_DAYS = 2;
    static final int PAGE_SIZE = 50;

    /** Open work first: what an officer usually wants to see when the screen opens. */
    static final Set<DossierStatus> OPEN = EnumSet.of(DossierStatus.NEWLY_REGISTERED, DossierStatus.ACCEPTED,
            DossierStatus.BEING_PROCESSED, DossierStatus.SUPPLEMENT_REQUESTED,
            DossierStatus.FINANCIAL_OBLIGATION_REQUESTED, DossierStatus.PROCESSING_STOPPED,
            DossierStatus.PROCESSING_FINISHED);

    /** The key of the row whose cell has the keyboard focus, read in the browser when Enter is pressed. */
    static final String ROW_KEY = "(() => { const cell = event.composedPath().find(n => n.localName === 'td'); "
            + "const item = cell && cell.parentElement && cell.parentElement._item; "
            + "return item ? item.key : null; })()";

    private final OfficerDesk desk;
    private final StaffMember officer;
    private final Grid<DossierQueueItem> grid = new Grid<>(DossierQueueItem.class, false);
    private final MultiSelectComboBox<DossierStatus> statuses = new MultiSelectComboBox<>();
    private final ComboBox<ProcedureInQueue> procedure = new ComboBox<>();
    private final Checkbox dueSoon = new Checkbox();
    private final Checkbox overdue = new Checkbox();

    public DeskQueueView(OfficerDesk desk, CurrentStaff staff, Clock clock) {
        this.desk = desk;
        this.officer = staff.require();
        addClassName("desk-queue");
        Paragraph unit = new Paragraph(getTranslation("desk.queue.unit", officer.unitCode()));
        unit.addClassName("desk-note");
        // dossiers handed in at the counter or by post are registered here, so the dashboard counts them too
        com.vaadin.flow.component.html.Anchor counter = new com.vaadin.flow.component.html.Anchor(
                CounterRegistrationView.ROUTE, getTranslation("counter.open"));
        counter.getElement().setAttribute("router-link", "");
        counter.setId("desk-counter-registration");
        counter.addClassName("desk-counter-link");
        Div heading = new Div(new H1(getTranslation("desk.queue.title")), counter);
        heading.addClassName("desk-queue-heading");
        add(heading, unit, filters(), grid(clock));
        refresh();
    }

    private Div filters() {
        statuses.setId("desk-filter-status");
        statuses.setLabel(getTranslation("desk.queue.filter.status"));
        statuses.setItems(DossierStatus.values());
        statuses.setItemLabelGenerator(status -> DeskLabels.status(this, status));
        statuses.setValue(OPEN);
        statuses.setClearButtonVisible(true);
        statuses.setPlaceholder(getTranslation("desk.queue.filter.status.all"));
        statuses.addValueChangeListener(e -> refresh());

        procedure.setId("desk-filter-procedure");
        procedure.setLabel(getTranslation("desk.queue.filter.procedure"));
        procedure.setItems(desk.procedures(officer));
        procedure.setItemLabelGenerator(p -> p.name() + " (" + p.code() + ")");
        procedure.setClearButtonVisible(true);
        procedure.setPlaceholder(getTranslation("desk.queue.filter.procedure.all"));
        procedure.addValueChangeListener(e -> refresh());

        dueSoon.setId("desk-filter-due-soon");
        dueSoon.setLabel(getTranslation("desk.queue.filter.dueSoon", DUE_SOON_WORKING_DAYS));
        dueSoon.addValueChangeListener(e -> refresh());
        overdue.setId("desk-filter-overdue");
        overdue.setLabel(getTranslation("desk.queue.filter.overdue"));
        overdue.addValueChangeListener(e -> refresh());

        Div checks = new Div(dueSoon, overdue);
        checks.addClassName("desk-filter-checks");
        Div filters = new Div(statuses, procedure, checks);
        filters.addClassName("desk-filters");
        return filters;
    }

    private Grid<DossierQueueItem> grid(Clock clock) {
        grid.setId("desk-queue-grid");
        grid.addClassName("desk-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // fixed pixel widths for the fixed-length columns: auto widths are measured on the first page only, and em
        // widths resolve against each cell's own font size (the header's is larger), which misaligns the columns
        grid.setPageSize(PAGE_SIZE);
        grid.addColumn(DossierQueueItem::code).setHeader(getTranslation("desk.queue.column.code"))
                .setWidth("260px").setFlexGrow(0).setKey("code");
        grid.addColumn(DossierQueueItem::procedureName).setHeader(getTranslation("desk.queue.column.procedure"))
                .setFlexGrow(3).setKey("procedure");
        grid.addColumn(DossierQueueItem::applicantFullName)
                .setHeader(getTranslation("desk.queue.column.applicant")).setFlexGrow(2).setKey("applicant");
        grid.addColumn(item -> DeskLabels.time(item.receivedAt(), clock))
                .setHeader(getTranslation("desk.queue.column.received")).setWidth("180px").setFlexGrow(0)
                .setKey("received");
        grid.addColumn(item -> DeskLabels.day(item.appointmentDate()))
                .setHeader(getTranslation("desk.queue.column.appointment")).setWidth("140px").setFlexGrow(0)
                .setKey("appointment");
        grid.addComponentColumn(item -> DeskLabels.badge(DeskLabels.status(this, item.status()),
                        DeskLabels.statusKind(item.status())))
                .setHeader(getTranslation("desk.queue.column.status")).setWidth("200px").setFlexGrow(1).setKey("status");
        grid.addColumn(item -> DeskLabels.timeliness(this, desk.timeliness(item)))
                .setHeader(getTranslation("desk.queue.column.timeliness")).setFlexGrow(1).setKey("timeliness");
        grid.addColumn(item -> DeskLabels.fee(this, item.feeStatus()))
                .setHeader(getTranslation("desk.queue.column.fee")).setFlexGrow(1).setKey("fee")
                .setTextAlign(ColumnTextAlign.START);
        grid.setPartNameGenerator(item -> {
            var timeliness = desk.timeliness(item);
            return timeliness == vn.dvc.kiosk.dossier.Timeliness.LATE && !item.status().pausesTheClock()
                    && item.finishedOn() == null ? "desk-row-late" : null;
        });
        grid.setEmptyStateText(getTranslation("desk.queue.empty"));
        grid.addItemClickListener(click -> open(click.getItem()));
        // Enter on a row: the browser says which row (Flow's own item key), as the focus event may come later
        DomListenerRegistration enter = grid.getElement().addEventListener("keydown", e -> {
            var key = e.getEventData().get(ROW_KEY);
            DossierQueueItem item = key == null || !key.isString() ? null
                    : grid.getDataCommunicator().getKeyMapper().get(key.asString());
            if (item != null) {
                open(item);
            }
        });
        enter.setFilter("event.key === 'Enter'");
        enter.addEventData(ROW_KEY);
        grid.getElement().setAttribute("aria-label", getTranslation("desk.queue.title"));
        return grid;
    }

    /** The filter as chosen; the queue asks the database for one page at a time of exactly this. */
    DossierQueueFilter filter() {
        DossierQueueFilter filter = new DossierQueueFilter(statuses.getValue(),
                procedure.getValue() == null ? null : procedure.getValue().code(), null, false);
        if (dueSoon.getValue()) {
            filter = filter.dueWithin(DUE_SOON_WORKING_DAYS);
        }
        if (overdue.getValue()) {
            filter = filter.onlyOverdue();
        }
        return filter;
    }

    private void refresh() {
        DossierQueueFilter filter = filter();
        grid.setItems(query -> desk.queue(officer, filter, PageRequest.of(query.getPage(), query.getPageSize()))
                .stream());
    }

    private void open(DossierQueueItem item) {
        getUI().ifPresent(ui -> ui.navigate(DeskDossierView.class,
                new com.vaadin.flow.router.RouteParameters(DeskDossierView.CODE, item.code())));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("desk.queue.title"));
    }
}
