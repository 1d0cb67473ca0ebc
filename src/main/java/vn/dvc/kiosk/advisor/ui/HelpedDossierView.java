package vn.dvc.kiosk.advisor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.dvc.kiosk.dossier.AssistedDossier;
import vn.dvc.kiosk.dossier.AssistedDossierDetail;
import vn.dvc.kiosk.dossier.DossierStatus;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.TimelineStep;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.shared.security.CurrentStaff;
import vn.dvc.kiosk.shared.security.StaffMember;
import vn.dvc.kiosk.shared.security.StaffRole;
import vn.dvc.kiosk.shared.ui.AssistedVisit;
import vn.dvc.kiosk.shared.ui.PageTitles;
import vn.dvc.kiosk.shared.ui.StaffLayout;

/**
 * One dossier the advisor helped with ({@code tu-van/ho-so/:code}): who, what, where it stands, its steps, and while
 * papers are asked for, what and "Giúp bổ sung", which starts an assisted visit on the resident's supplement screen.
 * Another advisor's dossier gets exactly the answer of an unknown code.
 */
@Route(value = HelpedDossierView.ROUTE, layout = StaffLayout.class)
@RolesAllowed(StaffRole.Names.ADVISOR)
@StyleSheet("/css/advisor.css")
class HelpedDossierView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE_PREFIX = HelpedDossiersView.ROUTE + "/";
    static final String ROUTE = ROUTE_PREFIX + ":code";

    private final Dossiers dossiers;
    private final AssistedVisit assisted;
    private final StaffMember advisor;
    private String title = "";

    HelpedDossierView(Dossiers dossiers, AssistedVisit assisted, CurrentStaff staff) {
        this.dossiers = dossiers;
        this.assisted = assisted;
        this.advisor = staff.require();
        addClassName("advisor-dossier-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Anchor back = new Anchor(HelpedDossiersView.ROUTE, getTranslation("advisor.dossier.back"));
        back.getElement().setAttribute("router-link", "");
        back.addClassName("advisor-back");
        back.setId("advisor-dossier-back");
        add(back);
        String code = event.getRouteParameters().get("code").orElse("");
        AssistedDossierDetail detail = dossiers.assistedDossier(advisor.username(), code).orElse(null);
        if (detail == null) {
            title = getTranslation("advisor.dossier.notFound.title");
            Paragraph why = new Paragraph(getTranslation("advisor.dossier.notFound"));
            why.setId("advisor-dossier-not-found");
            add(new H1(title), why);
            return;
        }
        AssistedDossier summary = detail.summary();
        title = summary.code();
        H1 heading = new H1(summary.code());
        heading.setId("advisor-dossier-code");
        DescriptionList facts = new DescriptionList();
        facts.addClassName("advisor-facts");
        facts.setId("advisor-dossier-facts");
        fact(facts, "applicant", summary.applicantFullName());
        fact(facts, "procedure", summary.procedureName());
        fact(facts, "filed", KioskLocales.dayAndTime(summary.receivedAt()));
        fact(facts, "status", getTranslation("status." + summary.status().name()));
        fact(facts, "appointment", KioskLocales.day(detail.tracking().view().appointmentDate()));
        add(heading, facts);
        if (summary.status() == DossierStatus.SUPPLEMENT_REQUESTED) {
            add(supplement(detail));
        }
        add(new H2(getTranslation("advisor.dossier.steps")), steps(detail));
    }

    /** What the officer asked for, and the way to help the resident send it (they prove it is theirs there). */
    private Div supplement(AssistedDossierDetail detail) {
        Paragraph asked = new Paragraph(getTranslation("advisor.dossier.asked",
                detail.tracking().supplementRequest() == null ? "" : detail.tracking().supplementRequest()));
        asked.setId("advisor-dossier-asked");
        Button help = new Button(getTranslation("advisor.dossier.supplement"), VaadinIcon.HANDSHAKE.create(), e -> {
            assisted.start(advisor, AdvisorHomeView.ROUTE);
            getUI().ifPresent(ui -> ui.navigate("bo-sung/" + detail.tracking().trackingToken()));
        });
        help.addThemeVariants(ButtonVariant.PRIMARY);
        help.addClassName("advisor-big-button");
        help.setId("advisor-supplement");
        Div box = new Div(asked, help);
        box.addClassName("advisor-supplement");
        return box;
    }

    private OrderedList steps(AssistedDossierDetail detail) {
        OrderedList list = new OrderedList();
        list.setId("advisor-dossier-steps");
        list.addClassName("advisor-steps");
        for (TimelineStep step : detail.tracking().timeline()) {
            boolean supplied = step.step() == DossierStatus.ResidentStep.SUPPLEMENT_REQUESTED
                    && step.state() == TimelineStep.State.DONE;
            String name = getTranslation("timeline.step." + step.step().name() + (supplied ? ".done" : ""));
            String when = step.reachedOn() != null ? getTranslation("timeline.reachedOn",
                    KioskLocales.day(step.reachedOn())) : getTranslation("timeline.ahead");
            ListItem item = new ListItem((step.state() == TimelineStep.State.CURRENT
                    ? getTranslation("timeline.now") + ": " : "") + name + " · " + when);
            if (step.state() == TimelineStep.State.CURRENT) {
                item.getElement().setAttribute("aria-current", "step");
            }
            item.addClassName("advisor-step-" + step.state().name().toLowerCase());
            list.add(item);
        }
        return list;
    }

    private void fact(DescriptionList facts, String key, String value) {
        DescriptionList.Description description = new DescriptionList.Description(value);
        description.setId("advisor-fact-" + key);
        facts.add(new DescriptionList.Term(getTranslation("advisor.dossier.fact." + key)), description);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, title);
    }
}
