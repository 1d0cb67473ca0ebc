package vn.dvc.kiosk.advisor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.dvc.kiosk.shared.security.CurrentStaff;
import vn.dvc.kiosk.shared.security.StaffMember;
import vn.dvc.kiosk.shared.security.StaffRole;
import vn.dvc.kiosk.shared.ui.AssistedVisit;
import vn.dvc.kiosk.shared.ui.PageTitles;
import vn.dvc.kiosk.shared.ui.StaffLayout;
import vn.dvc.kiosk.shared.ui.Visits;

/**
 * The advisor's own screen on the tablet ({@code tu-van}): start helping a resident, or look at the dossiers they
 * helped with. Starting a visit wipes whatever a previous resident may have left in this session first, then the
 * resident's screens (the kiosk's own) open with the advisor's bar on top.
 */
@Route(value = AdvisorHomeView.ROUTE, layout = StaffLayout.class)
@RolesAllowed(StaffRole.Names.ADVISOR)
@StyleSheet("/css/advisor.css")
class AdvisorHomeView extends Div implements HasDynamicTitle {

    static final String ROUTE = "tu-van";

    AdvisorHomeView(CurrentStaff staff, AssistedVisit assisted, Visits visits) {
        addClassName("advisor-home");
        StaffMember advisor = staff.require();
        add(new H1(getTranslation("advisor.home.title", advisor.displayName())));
        // back here in the middle of a visit: the resident's data is still in the session, so say so and offer to end it
        if (assisted.current().isPresent()) {
            add(visitInProgress(visits));
        }

        Button start = new Button(getTranslation("advisor.home.start"), VaadinIcon.HANDSHAKE.create(), e -> {
            assisted.start(advisor, ROUTE);
            getUI().ifPresent(ui -> ui.navigate(""));
        });
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.addClassName("advisor-big-button");
        start.setId("advisor-start");

        Anchor mine = new Anchor(HelpedDossiersView.ROUTE, getTranslation("advisor.home.dossiers"));
        mine.getElement().setAttribute("router-link", "");
        mine.addClassName("advisor-big-link");
        mine.setId("advisor-dossiers");
        Div actions = new Div(start, mine);
        actions.addClassName("advisor-actions");

        OrderedList how = new OrderedList(new ListItem(getTranslation("advisor.home.how.1")),
                new ListItem(getTranslation("advisor.home.how.2")), new ListItem(getTranslation("advisor.home.how.3")),
                new ListItem(getTranslation("advisor.home.how.4")));
        how.addClassName("advisor-how");
        add(actions, new Paragraph(getTranslation("advisor.home.how")), how);
    }

    private Div visitInProgress(Visits visits) {
        Paragraph what = new Paragraph(getTranslation("advisor.home.inProgress"));
        Button resume = new Button(getTranslation("advisor.home.continue"), VaadinIcon.ARROW_RIGHT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("")));
        resume.setId("advisor-continue");
        resume.addClassName("advisor-big-button");
        Button end = new Button(getTranslation("advisor.bar.end"), VaadinIcon.SIGN_OUT.create(),
                e -> getUI().ifPresent(ui -> visits.end(ui, "advisor ended the assisted visit from their page")));
        end.setId("advisor-end-visit");
        end.addClassName("advisor-big-button");
        Div actions = new Div(resume, end);
        actions.addClassName("advisor-actions");
        Div box = new Div(what, actions);
        box.addClassName("advisor-supplement");
        box.setId("advisor-visit-in-progress");
        box.getElement().setAttribute("role", "status");
        return box;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("advisor.menu.help"));
    }
}
