package vn.dvc.kiosk.advisor.ecitizen.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.dvc.kiosk.advisor.ecitizen.EcitizenCampaign;
import vn.dvc.kiosk.advisor.ecitizen.EcitizenResident;
import vn.dvc.kiosk.advisor.ecitizen.EcitizenStep;
import vn.dvc.kiosk.advisor.ecitizen.StepDone;
import vn.dvc.kiosk.advisor.ecitizen.StepRefused;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.shared.security.CurrentStaff;
import vn.dvc.kiosk.shared.security.StaffMember;
import vn.dvc.kiosk.shared.security.StaffRole;
import vn.dvc.kiosk.shared.ui.PageTitles;
import vn.dvc.kiosk.shared.ui.StaffLayout;

/**
 * The four steps, walked through with the resident: each with a plain explanation, ticked with today's date and the
 * volunteer's name when done. Only the next step can be ticked; the last tick can be taken back the same day.
 */
@Route(value = "tu-van/cong-dan-so/nguoi-dan", layout = StaffLayout.class)
@RolesAllowed(StaffRole.Names.ADVISOR)
@StyleSheet("/css/ecitizen.css")
public class EcitizenChecklistView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final EcitizenCampaign campaign;
    private final StaffMember volunteer;
    private final Paragraph message = new Paragraph();

    EcitizenChecklistView(EcitizenCampaign campaign, CurrentStaff staff) {
        this.campaign = campaign;
        this.volunteer = staff.require();
        addClassNames("ecitizen", "ecitizen-resident-facing", "ecitizen-checklist");
        message.setId("ecitizen-checklist-message");
        message.addClassName("ecitizen-alert");
        message.getElement().setAttribute("role", "alert");
    }

    @Override
    public void setParameter(BeforeEvent event, Long residentId) {
        campaign.get(volunteer, residentId == null ? -1 : residentId).ifPresentOrElse(this::show, this::notFound);
    }

    private void show(EcitizenResident resident) {
        removeAll();
        message.setVisible(false);
        add(new H1(getTranslation("ecitizen.checklist.title")));
        Paragraph who = new Paragraph(getTranslation("ecitizen.checklist.resident", resident.fullName(),
                resident.idLastFour()));
        who.setId("ecitizen-resident");
        who.addClassName("ecitizen-lead");
        Paragraph progress = new Paragraph(getTranslation("ecitizen.checklist.progress",
                resident.checklist().doneCount(), EcitizenStep.values().length));
        progress.setId("ecitizen-progress");
        add(who, progress, message);

        OrderedList steps = new OrderedList();
        steps.addClassName("ecitizen-steps");
        for (EcitizenStep step : EcitizenStep.values()) {
            steps.add(stepItem(resident, step));
        }
        add(steps);

        Div actions = new Div();
        actions.addClassName("ecitizen-actions");
        if (resident.checklist().isComplete()) {
            Button finish = new Button(getTranslation("ecitizen.checklist.finish"),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(EcitizenDoneView.class, resident.id())));
            finish.setId("ecitizen-finish");
            finish.addThemeVariants(ButtonVariant.PRIMARY);
            finish.addClassName("ecitizen-button");
            actions.add(finish);
        }
        Anchor another = new Anchor(EcitizenStartView.ROUTE, getTranslation("ecitizen.checklist.another"));
        another.getElement().setAttribute("router-link", "");
        another.addClassName("ecitizen-link");
        another.setId("ecitizen-another");
        actions.add(another);
        Button forget = new Button(getTranslation("ecitizen.forget"), e -> confirmForget(resident));
        forget.setId("ecitizen-forget");
        forget.addClassNames("ecitizen-button", "ecitizen-forget");
        add(actions, forget);
    }

    /** The resident changed their mind: asked once more, then everything about them is deleted. */
    private void confirmForget(EcitizenResident resident) {
        Dialog dialog = new Dialog();
        dialog.addClassName("ecitizen-dialog");
        dialog.setHeaderTitle(getTranslation("ecitizen.forget.title"));
        Paragraph question = new Paragraph(getTranslation("ecitizen.forget.question", resident.fullName()));
        question.addClassName("ecitizen-dialog-text");
        dialog.add(question);
        Button yes = new Button(getTranslation("ecitizen.forget.confirm"), e -> {
            campaign.forget(volunteer, resident.id());
            dialog.close();
            forgotten();
        });
        yes.setId("ecitizen-forget-confirm");
        yes.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        yes.addClassName("ecitizen-button");
        Button no = new Button(getTranslation("ecitizen.forget.cancel"), e -> dialog.close());
        no.setId("ecitizen-forget-cancel");
        no.addClassName("ecitizen-button");
        dialog.getFooter().add(no, yes);
        dialog.open();
    }

    private void forgotten() {
        removeAll();
        add(new H1(getTranslation("ecitizen.checklist.title")));
        Paragraph done = new Paragraph(getTranslation("ecitizen.forget.done"));
        done.setId("ecitizen-forgotten");
        done.addClassName("ecitizen-lead");
        Anchor start = new Anchor(EcitizenStartView.ROUTE, getTranslation("ecitizen.checklist.another"));
        start.getElement().setAttribute("router-link", "");
        start.addClassName("ecitizen-link");
        add(done, start);
    }

    private ListItem stepItem(EcitizenResident resident, EcitizenStep step) {
        ListItem item = new ListItem();
        String key = "ecitizen.step." + step.name();
        item.setId("ecitizen-step-" + step.name());
        item.addClassName("ecitizen-step");
        H2 title = new H2(getTranslation(key));
        Paragraph explanation = new Paragraph(getTranslation(key + ".help"));
        explanation.addClassName("ecitizen-step-help");
        Div body = new Div(title, explanation);
        body.addClassName("ecitizen-step-body");
        Div side = new Div();
        side.addClassName("ecitizen-step-side");
        resident.checklist().done(step).ifPresentOrElse(done -> {
            item.addClassName("ecitizen-step-done");
            side.add(doneNote(done));
            if (resident.checklist().canUntick(step, campaign.today(), volunteer.username())) {
                Button untick = new Button(getTranslation("ecitizen.checklist.untick"),
                        e -> act(resident, step, false));
                untick.setId("ecitizen-untick-" + step.name());
                untick.addClassNames("ecitizen-button", "ecitizen-untick");
                untick.setAriaLabel(getTranslation("ecitizen.checklist.untick.label", getTranslation(key)));
                side.add(untick);
            }
        }, () -> {
            if (resident.checklist().whyNotTick(step).isEmpty()) {
                Button tick = new Button(getTranslation("ecitizen.checklist.tick"), e -> act(resident, step, true));
                tick.setId("ecitizen-tick-" + step.name());
                tick.addThemeVariants(ButtonVariant.PRIMARY);
                tick.addClassName("ecitizen-button");
                tick.setAriaLabel(getTranslation("ecitizen.checklist.tick.label", getTranslation(key)));
                side.add(tick);
            } else {
                Span later = new Span(getTranslation("ecitizen.checklist.later"));
                later.addClassName("ecitizen-step-later");
                side.add(later);
            }
        });
        item.add(body, side);
        return item;
    }

    private Div doneNote(StepDone done) {
        Span when = new Span(getTranslation("ecitizen.checklist.doneOn", KioskLocales.day(done.doneOn())));
        when.addClassName("ecitizen-step-when");
        Span who = new Span(getTranslation("ecitizen.checklist.helpedBy", done.helpedByName()));
        who.addClassName("ecitizen-step-who");
        Div note = new Div(when, who);
        note.addClassName("ecitizen-step-note");
        return note;
    }

    private void act(EcitizenResident resident, EcitizenStep step, boolean tick) {
        try {
            EcitizenResident now = tick ? campaign.tick(volunteer, resident.id(), step)
                    : campaign.untick(volunteer, resident.id(), step);
            show(now);
        } catch (StepRefused refused) {
            // another tablet changed the list meanwhile: show it as it is now, and say why
            campaign.get(volunteer, resident.id()).ifPresent(this::show);
            message.setText(getTranslation("ecitizen.refused." + refused.reason().name()));
            message.setVisible(true);
        }
    }

    private void notFound() {
        removeAll();
        add(new H1(getTranslation("ecitizen.checklist.title")));
        Paragraph none = new Paragraph(getTranslation("ecitizen.checklist.notFound"));
        none.setId("ecitizen-not-found");
        Anchor start = new Anchor(EcitizenStartView.ROUTE, getTranslation("ecitizen.checklist.another"));
        start.getElement().setAttribute("router-link", "");
        start.addClassName("ecitizen-link");
        add(none, start);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("ecitizen.checklist.title"));
    }
}
