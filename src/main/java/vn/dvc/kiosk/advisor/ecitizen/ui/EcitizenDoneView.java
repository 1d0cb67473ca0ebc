package vn.dvc.kiosk.advisor.ecitizen.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.dvc.kiosk.advisor.ecitizen.EcitizenCampaign;
import vn.dvc.kiosk.advisor.ecitizen.EcitizenResident;
import vn.dvc.kiosk.advisor.ecitizen.EcitizenStep;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.shared.security.CurrentStaff;
import vn.dvc.kiosk.shared.security.StaffMember;
import vn.dvc.kiosk.shared.security.StaffRole;
import vn.dvc.kiosk.shared.ui.PageTitles;
import vn.dvc.kiosk.shared.ui.StaffLayout;

/** The resident has done all four steps: say so warmly, recap the dates, and offer to help the next person. */
@Route(value = "tu-van/cong-dan-so/hoan-thanh", layout = StaffLayout.class)
@RolesAllowed(StaffRole.Names.ADVISOR)
@StyleSheet("/css/ecitizen.css")
public class EcitizenDoneView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final EcitizenCampaign campaign;
    private final StaffMember volunteer;

    EcitizenDoneView(EcitizenCampaign campaign, CurrentStaff staff) {
        this.campaign = campaign;
        this.volunteer = staff.require();
        addClassNames("ecitizen", "ecitizen-resident-facing", "ecitizen-done");
    }

    @Override
    public void setParameter(BeforeEvent event, Long residentId) {
        removeAll();
        EcitizenResident resident = campaign.get(volunteer, residentId == null ? -1 : residentId)
                .filter(found -> found.checklist().isComplete()).orElse(null);
        if (resident == null) {
            // not everything is ticked (or not this commune's resident): back to where the work is
            event.forwardTo(EcitizenStartView.class);
            return;
        }
        H1 title = new H1(getTranslation("ecitizen.done.title"));
        title.setId("ecitizen-done-title");
        Paragraph who = new Paragraph(getTranslation("ecitizen.done.resident", resident.fullName()));
        who.addClassName("ecitizen-lead");
        who.setId("ecitizen-done-resident");
        UnorderedList recap = new UnorderedList();
        recap.setId("ecitizen-done-steps");
        for (EcitizenStep step : EcitizenStep.values()) {
            resident.checklist().done(step).ifPresent(done -> recap.add(new ListItem(getTranslation(
                    "ecitizen.done.step", getTranslation("ecitizen.step." + step.name()),
                    KioskLocales.day(done.doneOn()), done.helpedByName()))));
        }
        Paragraph next = new Paragraph(getTranslation("ecitizen.done.next"));
        Anchor another = new Anchor(EcitizenStartView.ROUTE, getTranslation("ecitizen.done.another"));
        another.getElement().setAttribute("router-link", "");
        another.addClassNames("ecitizen-link", "ecitizen-link-primary");
        another.setId("ecitizen-done-another");
        add(title, who, recap, next, another);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("ecitizen.done.title"));
    }
}
