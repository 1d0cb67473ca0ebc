package vn.dvc.kiosk.filing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.dvc.kiosk.catalog.Catalog;
import vn.dvc.kiosk.catalog.Procedure;
import vn.dvc.kiosk.filing.Consents;
import vn.dvc.kiosk.filing.FilingDraft;
import vn.dvc.kiosk.filing.FilingDrafts;
import vn.dvc.kiosk.identity.CitizenIdCard;
import vn.dvc.kiosk.identity.ResidentIdentity;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.shared.ui.AssistedVisit;
import vn.dvc.kiosk.shared.ui.KioskLayout;
import vn.dvc.kiosk.shared.ui.ReadAloudButton;

/**
 * Explicit consent to use the card's data for this dossier (silence is not consent): the resident taps "I agree",
 * and the exact text, its version, the time and the language are recorded. On an advisor's tablet the screen names the
 * advisor present and still asks the resident to tap; the consent records "given in the presence of" that advisor.
 */
@Route(value = "nop-ho-so/:code/dong-y", layout = KioskLayout.class)
@AnonymousAllowed
class ConsentView extends FilingScreen {

    private final Consents consents;
    private final AssistedVisit assisted;

    ConsentView(Catalog catalog, ResidentIdentity identity, FilingDrafts drafts, Consents consents,
            AssistedVisit assisted) {
        super(catalog, identity, drafts);
        this.consents = consents;
        this.assisted = assisted;
    }

    @Override
    protected void show(Procedure procedure, CitizenIdCard card, FilingDraft draft, BeforeEnterEvent event) {
        String text = getTranslation("filing.consent.text", procedure.name(KioskLocales.isEnglish(getLocale())));
        H1 title = new H1(getTranslation("filing.consent.title"));
        Paragraph body = new Paragraph(text);
        body.addClassName("consent-text");
        Div read = new Div(title, body);
        read.setId("consent-read");
        // on an advisor's tablet the resident still decides: the screen (and the read-aloud) asks them to tap
        AssistedVisit.Helper helper = assisted.current().orElse(null);
        if (helper != null) {
            Paragraph presence = new Paragraph(getTranslation("advisor.consent.presence", helper.displayName()));
            presence.addClassName("consent-presence");
            presence.setId("consent-presence");
            read.add(presence);
        }
        Div heading = new Div(read, new ReadAloudButton("consent-read"));
        heading.addClassName("view-heading");
        Button agree = new Button(getTranslation("filing.consent.agree"), VaadinIcon.CHECK.create(), e -> {
            draft.consented(consents.recordCardDataConsent(card.idNumber(), text, getLocale(),
                    helper == null ? null : helper.label()));
            drafts.keep(draft, card);
            getUI().ifPresent(ui -> ui.navigate(route(procedure, "cau-hoi/1")));
        });
        agree.addThemeVariants(ButtonVariant.PRIMARY);
        agree.setId("consent-agree");
        Button decline = new Button(getTranslation("filing.consent.decline"), VaadinIcon.CLOSE.create(), e -> {
            identity.forget();
            drafts.forget();
            getUI().ifPresent(ui -> ui.navigate("thu-tuc/" + procedure.getCode()));
        });
        decline.setId("consent-decline");
        Div actions = new Div(agree, decline);
        actions.addClassName("actions");
        add(new FilingProgress(FilingProgress.Step.CONSENT, procedure), heading, actions,
                new Paragraph(getTranslation("filing.consent.withdraw")));
    }
}
