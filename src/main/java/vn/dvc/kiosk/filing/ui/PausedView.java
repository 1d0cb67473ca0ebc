package vn.dvc.kiosk.filing.ui;

import java.time.Clock;
import java.time.LocalDateTime;

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
import vn.dvc.kiosk.filing.FilingDraft;
import vn.dvc.kiosk.filing.FilingDrafts;
import vn.dvc.kiosk.identity.CitizenIdCard;
import vn.dvc.kiosk.identity.ResidentIdentity;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.shared.ui.KioskLayout;
import vn.dvc.kiosk.shared.ui.ReadAloudButton;
import vn.dvc.kiosk.shared.ui.Visits;

/**
 * "Save and carry on later": the draft code in large type, until when it can be resumed and how, a slip to print;
 * "Done" ends the visit, so the next person at the kiosk sees nothing of this one.
 */
@Route(value = "nop-ho-so/:code/tam-dung", layout = KioskLayout.class)
@AnonymousAllowed
class PausedView extends FilingScreen {

    private final Visits visits;
    private final Clock clock;

    PausedView(Catalog catalog, ResidentIdentity identity, FilingDrafts drafts, Visits visits, Clock clock) {
        super(catalog, identity, drafts);
        this.visits = visits;
        this.clock = clock;
    }

    @Override
    protected void show(Procedure procedure, CitizenIdCard card, FilingDraft draft, BeforeEnterEvent event) {
        Button back = new Button(getTranslation("layout.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(route(procedure, "kiem-tra"))));
        back.setId("paused-back");
        if (!drafts.keep(draft, card)) {
            Paragraph failed = new Paragraph(getTranslation("filing.paused.failed"));
            failed.addClassName("card-problem-message");
            failed.setId("paused-failed");
            failed.getElement().setAttribute("role", "alert");
            Div actions = new Div(back);
            actions.addClassName("actions");
            add(new H1(getTranslation("filing.pause")), failed, actions);
            return;
        }
        LocalDateTime until = LocalDateTime.now(clock).plus(drafts.keptFor());
        H1 title = new H1(getTranslation("filing.paused.title"));
        Paragraph codeLabel = new Paragraph(getTranslation("filing.paused.code"));
        Paragraph code = new Paragraph(DraftCodes.spaced(draft.draftCode()));
        code.setId("paused-code");
        code.addClassName("dossier-code");
        Paragraph name = new Paragraph(procedure.name(KioskLocales.isEnglish(getLocale())));
        name.addClassName("receipt-procedure");
        Paragraph deadline = new Paragraph(getTranslation("filing.paused.until",
                KioskLocales.dayAndTime(until)));
        deadline.setId("paused-until");
        deadline.addClassName("fact-main");
        Paragraph how = new Paragraph(getTranslation("filing.paused.how"));
        Div read = new Div(title, codeLabel, code, name, deadline, how);
        read.setId("paused-read");
        Div slip = new Div(read);
        slip.addClassName("receipt-slip");

        Button print = new Button(getTranslation("filing.paused.print"), VaadinIcon.PRINT.create(),
                e -> getElement().executeJs("window.print()"));
        print.setId("paused-print");
        Button finish = new Button(getTranslation("filing.paused.finish"), VaadinIcon.SIGN_OUT.create(),
                e -> getUI().ifPresent(ui -> visits.end(ui, "resident saved a draft for later")));
        finish.addThemeVariants(ButtonVariant.PRIMARY);
        finish.setId("paused-finish");
        Div actions = new Div(back, print, finish);
        actions.addClassName("actions");
        add(new Div(slip, new ReadAloudButton("paused-read")), actions);
        addClassName("receipt-view");
    }
}
