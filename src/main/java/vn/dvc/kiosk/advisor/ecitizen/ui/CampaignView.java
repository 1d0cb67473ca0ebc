package vn.dvc.kiosk.advisor.ecitizen.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.dvc.kiosk.advisor.ecitizen.CampaignFigures;
import vn.dvc.kiosk.advisor.ecitizen.EcitizenCampaign;
import vn.dvc.kiosk.advisor.ecitizen.EcitizenStep;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.dossier.AssistedFilings;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.shared.security.CurrentStaff;
import vn.dvc.kiosk.shared.security.StaffAccounts;
import vn.dvc.kiosk.shared.security.StaffMember;
import vn.dvc.kiosk.shared.security.StaffRole;
import vn.dvc.kiosk.shared.ui.PageTitles;
import vn.dvc.kiosk.shared.ui.StaffLayout;
import vn.dvc.kiosk.units.AdministrativeUnits;

/**
 * The campaign's figures for a group leader (their group) or a leader (all groups, and per commune): residents
 * helped per volunteer and ISO week (the last 8 weeks, or a window the viewer picks), steps done, first online dossiers. Advisors who do not lead
 * a group are refused politely: the role alone does not say it, so the view checks {@code groupLeader} itself.
 */
@Route(value = CampaignView.ROUTE, layout = StaffLayout.class)
@RolesAllowed({StaffRole.Names.ADVISOR, StaffRole.Names.LEADER})
@StyleSheet("/css/ecitizen.css")
public class CampaignView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "tu-van/chien-dich";

    private final EcitizenCampaign campaign;
    private final AdministrativeUnits units;
    private final StaffMember viewer;
    private final Dossiers dossiers;
    private final StaffAccounts accounts;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Paragraph windowMessage = new Paragraph();
    private final Div figures = new Div();
    /** The group shown; null for all groups (a leader). */
    private String groupCode;

    CampaignView(EcitizenCampaign campaign, AdministrativeUnits units, CurrentStaff staff, Dossiers dossiers,
            StaffAccounts accounts) {
        this.campaign = campaign;
        this.units = units;
        this.dossiers = dossiers;
        this.accounts = accounts;
        this.viewer = staff.require();
        addClassNames("ecitizen", "ecitizen-campaign");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("ecitizen.campaign.title")));
        boolean leader = viewer.role() == StaffRole.LEADER;
        if (!leader && !(viewer.role() == StaffRole.ADVISOR && viewer.groupLeader() && viewer.groupCode() != null)) {
            refuse();
            return;
        }
        groupCode = leader ? null : viewer.groupCode();
        CampaignFigures figures = campaign.figures(groupCode);
        from.setValue(figures.from());
        to.setValue(figures.to());
        add(window(), this.figures);
        show(figures);
    }

    /** The date range: the last 8 weeks unless the viewer picks another window. */
    private Div window() {
        from.setLabel(getTranslation("ecitizen.campaign.from"));
        from.setId("ecitizen-from");
        from.setLocale(getLocale());
        to.setLabel(getTranslation("ecitizen.campaign.to"));
        to.setId("ecitizen-to");
        to.setLocale(getLocale());
        Button apply = new Button(getTranslation("ecitizen.campaign.apply"), e -> applyWindow());
        apply.setId("ecitizen-apply");
        apply.addClassName("ecitizen-apply");
        windowMessage.setId("ecitizen-window-message");
        windowMessage.addClassName("ecitizen-alert");
        windowMessage.getElement().setAttribute("role", "alert");
        windowMessage.setVisible(false);
        Div window = new Div(from, to, apply);
        window.addClassName("ecitizen-window");
        return new Div(window, windowMessage);
    }

    private void applyWindow() {
        if (!EcitizenCampaign.isValidWindow(from.getValue(), to.getValue())) {
            windowMessage.setText(getTranslation("ecitizen.campaign.window.invalid", EcitizenCampaign.MAX_WEEKS));
            windowMessage.setVisible(true);
            return;
        }
        windowMessage.setVisible(false);
        show(campaign.figures(groupCode, from.getValue(), to.getValue()));
    }

    private void show(CampaignFigures shown) {
        figures.removeAll();
        Paragraph scope = new Paragraph(getTranslation(groupCode == null ? "ecitizen.campaign.scope.all"
                : "ecitizen.campaign.scope.group", groupCode, KioskLocales.day(shown.from()),
                KioskLocales.day(shown.to())));
        scope.setId("ecitizen-campaign-scope");
        scope.addClassName("fact-note");
        List<AssistedFilings> filings = assistedFilings(shown);
        figures.add(scope, summary(shown, filings), volunteers(shown), filings(filings), steps(shown));
        if (groupCode == null) {
            figures.add(communes(shown));
        }
    }

    private void refuse() {
        Paragraph refusal = new Paragraph(getTranslation("ecitizen.campaign.refused"));
        refusal.setId("ecitizen-campaign-refused");
        refusal.addClassName("ecitizen-alert");
        Anchor back = new Anchor(EcitizenStartView.ROUTE, getTranslation("ecitizen.campaign.refused.back"));
        back.getElement().setAttribute("router-link", "");
        back.addClassName("ecitizen-link");
        add(refusal, back);
    }

    /** The dossiers the group's volunteers (every volunteer, for a leader) helped file in the window. */
    private List<AssistedFilings> assistedFilings(CampaignFigures shown) {
        List<String> volunteers = groupCode == null ? null
                : accounts.membersOf(groupCode).stream().map(StaffMember::username).toList();
        return dossiers.assistedFilings(volunteers, shown.from(), shown.to());
    }

    private Div summary(CampaignFigures figures, List<AssistedFilings> filings) {
        Div summary = new Div(figure("ecitizen-total-residents", "ecitizen.campaign.total.residents",
                figures.residentsHelped()), figure("ecitizen-total-dossiers", "ecitizen.campaign.total.dossiers",
                figures.firstOnlineDossiers()), figure("ecitizen-total-assisted", "ecitizen.campaign.total.assisted",
                filings.stream().mapToLong(AssistedFilings::dossiers).sum()));
        summary.addClassName("ecitizen-summary");
        return summary;
    }

    private Div figure(String id, String labelKey, long value) {
        Div number = new Div(String.valueOf(value));
        number.addClassName("ecitizen-figure-number");
        Div label = new Div(getTranslation(labelKey));
        label.addClassName("ecitizen-figure-label");
        Div figure = new Div(number, label);
        figure.setId(id);
        figure.addClassName("ecitizen-figure");
        return figure;
    }

    private Component volunteers(CampaignFigures figures) {
        List<String> head = new ArrayList<>();
        head.add(getTranslation("ecitizen.campaign.column.volunteer"));
        figures.weeks().forEach(week -> head.add(getTranslation("ecitizen.campaign.column.week", week.week(),
                KioskLocales.day(week.monday()).substring(0, 5))));
        head.add(getTranslation("ecitizen.campaign.column.total"));
        NativeTableBody body = new NativeTableBody();
        for (CampaignFigures.VolunteerFigures volunteer : figures.volunteers()) {
            List<String> cells = new ArrayList<>();
            figures.weeks().forEach(week -> cells.add(String.valueOf(volunteer.residentsIn(week))));
            cells.add(String.valueOf(volunteer.residents()));
            body.add(row("ecitizen-volunteer-" + volunteer.username(), volunteer.name(), cells));
        }
        return section("ecitizen-volunteers", "ecitizen.campaign.volunteers", head, body,
                figures.volunteers().isEmpty());
    }

    private Component filings(List<AssistedFilings> filings) {
        NativeTableBody body = new NativeTableBody();
        for (AssistedFilings volunteer : filings) {
            String name = accounts.find(volunteer.username()).map(StaffMember::displayName)
                    .orElse(volunteer.username());
            body.add(row("ecitizen-assisted-" + volunteer.username(), name,
                    List.of(String.valueOf(volunteer.dossiers()))));
        }
        return section("ecitizen-assisted", "ecitizen.campaign.assisted",
                List.of(getTranslation("ecitizen.campaign.column.volunteer"),
                        getTranslation("ecitizen.campaign.column.assisted")), body, filings.isEmpty());
    }

    private Component steps(CampaignFigures figures) {
        NativeTableBody body = new NativeTableBody();
        for (EcitizenStep step : EcitizenStep.values()) {
            body.add(row("ecitizen-steps-" + step.name(), getTranslation("ecitizen.step." + step.name()),
                    List.of(String.valueOf(figures.stepsDone().getOrDefault(step, 0L)))));
        }
        return section("ecitizen-steps-done", "ecitizen.campaign.steps",
                List.of(getTranslation("ecitizen.campaign.column.step"),
                        getTranslation("ecitizen.campaign.column.done")), body, false);
    }

    private Component communes(CampaignFigures figures) {
        NativeTableBody body = new NativeTableBody();
        for (CampaignFigures.CommuneFigures commune : figures.communes()) {
            String name = units.commune(commune.communeCode()).map(c -> c.getFullName() + " (" + c.getCode() + ")")
                    .orElse(commune.communeCode());
            body.add(row("ecitizen-commune-" + commune.communeCode(), name,
                    List.of(String.valueOf(commune.residentsHelped()), String.valueOf(commune.stepsDone()),
                            String.valueOf(commune.firstOnlineDossiers()))));
        }
        return section("ecitizen-communes", "ecitizen.campaign.communes",
                List.of(getTranslation("ecitizen.campaign.column.commune"),
                        getTranslation("ecitizen.campaign.column.residents"),
                        getTranslation("ecitizen.campaign.column.steps"),
                        getTranslation("ecitizen.campaign.column.dossiers")), body, figures.communes().isEmpty());
    }

    private Div section(String id, String titleKey, List<String> head, NativeTableBody body, boolean empty) {
        Div section = new Div(new H2(getTranslation(titleKey)));
        section.addClassName("ecitizen-section");
        if (empty) {
            Paragraph none = new Paragraph(getTranslation("ecitizen.campaign.none"));
            none.setId(id + "-none");
            section.add(none);
            return section;
        }
        NativeTableRow headRow = new NativeTableRow();
        head.forEach(text -> {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
            cell.getElement().setAttribute("scope", "col");
            headRow.add(cell);
        });
        NativeTable table = new NativeTable(new NativeTableHeader(headRow), body);
        table.setId(id);
        table.addClassName("ecitizen-table");
        Div scroller = new Div(table);
        scroller.addClassName("ecitizen-table-scroll");
        // a wide table scrolls sideways on an upright tablet: keyboard users must be able to reach and scroll it
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", getTranslation(titleKey));
        section.add(scroller);
        return section;
    }

    private static NativeTableRow row(String id, String label, List<String> numbers) {
        NativeTableRow row = new NativeTableRow();
        row.setId(id);
        NativeTableHeaderCell first = new NativeTableHeaderCell(label);
        first.getElement().setAttribute("scope", "row");
        row.add(first);
        numbers.forEach(number -> {
            NativeTableCell cell = new NativeTableCell(number);
            cell.addClassName("ecitizen-number");
            row.add(cell);
        });
        return row;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("ecitizen.campaign.title"));
    }
}
