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
import vn.dvc.kiosk.shared.ui.KioskLayout;
import vn.dvc.kiosk.shared.ui.ReadAloudButton;

/**
 * Explicit consent to use the card's data for this dossier (silence is not consent): the resident taps "I agree",
 * and the exact text, its version, the time and the language are recorded.
 */
@Route(value = "nop-ho-so/:code/dong-y", layout = KioskLayout.class)
@AnonymousAllowed
class ConsentView extends FilingScreen {

    private final Consents consents;

    ConsentView(Catalog catalog, ResidentIdentity identity, FilingDrafts drafts, Consents consents) {
        super(catalog, identity, drafts);
        this.consents = consents;
    }

    @Override
    protected void show(Procedure procedure, CitizenIdCard card, FilingDraft draft, BeforeEnterEvent event) {
        String text = getTranslation("filing.consent.text", procedure.name(KioskLocales.isEnglish(getLocale())));
        H1 title = new H1(getTranslation("filing.consent.title"));
        Paragraph body = new Paragraph(text);
        body.addClassName("consent-text");
        Div read = new Div(title, body);
        read.setId("consent-read");
        Div heading = new Div(read, new ReadAloudButton("consent-read"));
        heading.addClassName("view-heading");
        Button agree = new Button(getTranslation("filing.consent.agree"), VaadinIcon.CHECK.create(), e -> {
            draft.consented(consents.recordCardDataConsent(card.idNumber(), text, getLocale(), null));
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
