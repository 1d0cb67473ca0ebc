package vn.dvc.kiosk.advisor.ecitizen.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
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
import vn.dvc.kiosk.advisor.ecitizen.IsoWeek;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.shared.security.CurrentStaff;
import vn.dvc.kiosk.shared.security.StaffMember;
import vn.dvc.kiosk.shared.security.StaffRole;
import vn.dvc.kiosk.shared.ui.PageTitles;
import vn.dvc.kiosk.shared.ui.StaffLayout;
import vn.dvc.kiosk.units.AdministrativeUnits;

/**
 * The campaign's figures for a group leader (their group) or a leader (all groups, and per commune): residents
 * helped per volunteer and ISO week over the last weeks, steps done, first online dossiers. Advisors who do not lead
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

    CampaignView(EcitizenCampaign campaign, AdministrativeUnits units, CurrentStaff staff) {
        this.campaign = campaign;
        this.units = units;
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
        CampaignFigures figures = campaign.figures(leader ? null : viewer.groupCode());
        List<IsoWeek> weeks = figures.weeks();
        Paragraph scope = new Paragraph(getTranslation(leader ? "ecitizen.campaign.scope.all"
                : "ecitizen.campaign.scope.group", viewer.groupCode(), KioskLocales.day(weeks.getFirst().monday()),
                KioskLocales.day(weeks.getLast().sunday())));
        scope.setId("ecitizen-campaign-scope");
        scope.addClassName("fact-note");
        add(scope, summary(figures), volunteers(figures), steps(figures));
        if (leader) {
            add(communes(figures));
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

    private Div summary(CampaignFigures figures) {
        Div summary = new Div(figure("ecitizen-total-residents", "ecitizen.campaign.total.residents",
                figures.residentsHelped()), figure("ecitizen-total-dossiers", "ecitizen.campaign.total.dossiers",
                figures.firstOnlineDossiers()));
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
