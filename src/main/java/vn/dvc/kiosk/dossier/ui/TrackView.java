package vn.dvc.kiosk.dossier.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.FoundDossiers;
import vn.dvc.kiosk.dossier.TrackedDossier;
import vn.dvc.kiosk.shared.ui.BackLink;
import vn.dvc.kiosk.shared.ui.ClientAddress;
import vn.dvc.kiosk.shared.ui.KioskLayout;
import vn.dvc.kiosk.shared.ui.OnScreenKeyboard;
import vn.dvc.kiosk.shared.ui.PageTitles;
import vn.dvc.kiosk.shared.ui.ReadAloudButton;
import vn.dvc.kiosk.shared.ui.ResidentInputs;
import vn.dvc.kiosk.shared.ui.Speech;
import vn.dvc.kiosk.shared.web.LookupRateLimiter;

/**
 * "Tra cứu hồ sơ": a resident without the receipt's QR finds their dossier by its code and the last four digits of
 * their ID number, typed on the screen's keys, and lands on its tracking page. Limited per client, so that codes
 * cannot be tried one after another; wrong digits and unknown codes get the same answer.
 */
@Route(value = "tra-cuu", layout = KioskLayout.class)
@AnonymousAllowed
class TrackView extends Div implements HasDynamicTitle {

    TrackView(Dossiers dossiers, FoundDossiers found, LookupRateLimiter limiter) {
        addClassName("filing-view");
        H1 title = new H1(getTranslation("track.title"));
        Paragraph intro = new Paragraph(getTranslation("track.intro"));
        Div read = new Div(title, intro);
        read.setId("track-read");
        Div heading = new Div(read, new ReadAloudButton("track-read"));
        heading.addClassName("view-heading");

        TextField code = new TextField(getTranslation("track.code"));
        code.setId("track-code");
        code.setHelperText(getTranslation("track.code.help"));
        ResidentInputs.notRemembered(code);
        TextField digits = new TextField(getTranslation("resume.digits"));
        digits.setId("track-digits");
        digits.setMaxLength(4);
        digits.getElement().setAttribute("inputmode", "numeric");
        ResidentInputs.notRemembered(digits);
        Paragraph problem = new Paragraph();
        problem.addClassName("card-problem-message");
        problem.setId("track-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);

        Button find = new Button(getTranslation("track.find"), VaadinIcon.SEARCH.create(), e -> {
            String client = ClientAddress.ofThisVisit().orElse(null);
            String message;
            if (!limiter.tryAcquire(client)) {
                message = getTranslation("track.limited", limiter.window().toMinutes());
            } else {
                TrackedDossier dossier = dossiers.track(code.getValue(), digits.getValue()).orElse(null);
                if (dossier != null) {
                    // sending papers later in this visit need not ask the digits again
                    found.found(dossier, digits.getValue());
                    getUI().ifPresent(ui -> ui.navigate("theo-doi/" + dossier.trackingToken()));
                    return;
                }
                message = getTranslation("track.notFound");
            }
            problem.setText(message);
            problem.setVisible(true);
            Speech.say(this, message);
        });
        find.addThemeVariants(ButtonVariant.PRIMARY);
        find.setId("track-find");
        Div actions = new Div(find);
        actions.addClassName("actions");
        Div form = new Div(code, digits);
        form.addClassName("manual-form");
        RouterLink scan = new RouterLink(ScanReceiptView.class);
        scan.setId("track-scan");
        scan.addClassName("identify-choice");
        Span scanName = new Span(getTranslation("track.scan"));
        scanName.addClassName("identify-choice-name");
        Span scanHelp = new Span(getTranslation("track.scan.help"));
        scanHelp.addClassName("identify-choice-help");
        var picture = VaadinIcon.QRCODE.create();
        picture.getElement().setAttribute("aria-hidden", "true");
        scan.add(picture, new Div(scanName, scanHelp));
        Paragraph or = new Paragraph(getTranslation("track.or"));
        add(new BackLink(), heading, scan, or, form, problem, actions, new OnScreenKeyboard());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("track.title"));
    }
}
