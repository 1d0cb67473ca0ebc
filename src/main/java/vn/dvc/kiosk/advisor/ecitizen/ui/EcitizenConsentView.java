package vn.dvc.kiosk.advisor.ecitizen.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.dvc.kiosk.advisor.ecitizen.EcitizenCampaign;
import vn.dvc.kiosk.advisor.ecitizen.EcitizenResident;
import vn.dvc.kiosk.advisor.ecitizen.EnrolledElsewhereJustNow;
import vn.dvc.kiosk.shared.security.CurrentStaff;
import vn.dvc.kiosk.shared.security.StaffMember;
import vn.dvc.kiosk.shared.security.StaffRole;
import vn.dvc.kiosk.shared.ui.PageTitles;
import vn.dvc.kiosk.shared.ui.ReadAloudButton;
import vn.dvc.kiosk.shared.ui.StaffLayout;

/**
 * The resident's own consent, on the tablet turned towards them: what is stored and why, in big text that can be
 * read aloud. Only their tap on "Tôi đồng ý" enrols them; "Không đồng ý" stores nothing. The exact text shown is
 * kept with the record as its version and hash (Law 91/2025: consent must be reproducible).
 */
@Route(value = "tu-van/cong-dan-so/dong-y", layout = StaffLayout.class)
@RolesAllowed(StaffRole.Names.ADVISOR)
@StyleSheet("/css/ecitizen.css")
public class EcitizenConsentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final List<String> STORED = List.of("name", "digits", "hash", "steps", "helper");

    private final EcitizenCampaign campaign;
    private final StaffMember volunteer;

    EcitizenConsentView(EcitizenCampaign campaign, CurrentStaff staff) {
        this.campaign = campaign;
        this.volunteer = staff.require();
        addClassNames("ecitizen", "ecitizen-resident-facing", "ecitizen-consent");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PendingEnrolment.current().ifPresentOrElse(this::show,
                () -> event.forwardTo(EcitizenStartView.class));
    }

    private void show(PendingEnrolment pending) {
        removeAll();
        H1 title = new H1(getTranslation("ecitizen.consent.title"));
        Div text = new Div();
        text.setId("ecitizen-consent-text");
        text.addClassName("ecitizen-consent-text");
        text.add(new Paragraph(getTranslation("ecitizen.consent.greeting", pending.fullName(),
                pending.lastFourDigits())));
        text.add(new Paragraph(getTranslation("ecitizen.consent.purpose")));
        UnorderedList stored = new UnorderedList();
        STORED.forEach(item -> stored.add(new ListItem(getTranslation("ecitizen.consent.stores." + item))));
        text.add(stored);
        text.add(new Paragraph(getTranslation("ecitizen.consent.nothingElse")));
        text.add(new Paragraph(getTranslation("ecitizen.consent.withdraw")));
        text.add(new Paragraph(getTranslation("ecitizen.consent.question")));

        ReadAloudButton readAloud = new ReadAloudButton("ecitizen-consent-text");
        readAloud.setId("ecitizen-read-aloud");

        Button agree = new Button(getTranslation("ecitizen.consent.agree"), e -> agree(pending, text));
        agree.setId("ecitizen-agree");
        agree.addThemeVariants(ButtonVariant.PRIMARY);
        agree.addClassNames("ecitizen-button", "ecitizen-agree");
        Button decline = new Button(getTranslation("ecitizen.consent.decline"), e -> decline());
        decline.setId("ecitizen-decline");
        decline.addClassName("ecitizen-button");
        Div actions = new Div(agree, decline);
        actions.addClassName("ecitizen-actions");
        add(title, readAloud, text, actions);
    }

    private void agree(PendingEnrolment pending, Div text) {
        EcitizenResident resident;
        try {
            resident = campaign.enrol(volunteer, pending.idNumber(), pending.fullName(), shownText(text),
                    getLocale());
        } catch (EnrolledElsewhereJustNow sameMoment) {
            // another tablet of the group enrolled the same resident a moment ago: carry on with that record
            resident = campaign.find(volunteer, pending.idNumber()).orElseThrow(() -> sameMoment);
        }
        PendingEnrolment.forget();
        long id = resident.id();
        getUI().ifPresent(ui -> ui.navigate(EcitizenChecklistView.class, id));
    }

    /** The words as shown, one paragraph or list item a line: what the stored hash is of. */
    private static String shownText(Div text) {
        return text.getChildren().map(child -> child instanceof UnorderedList list
                ? list.getChildren().map(item -> "- " + item.getElement().getText()).collect(Collectors.joining("\n"))
                : child.getElement().getText()).collect(Collectors.joining("\n"));
    }

    private void decline() {
        PendingEnrolment.forget();
        getUI().ifPresent(ui -> ui.navigate(EcitizenStartView.class));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("ecitizen.consent.title"));
    }
}
