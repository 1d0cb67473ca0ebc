package vn.dvc.kiosk.filing.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.TrackedDossier;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.shared.ui.KioskLayout;
import vn.dvc.kiosk.shared.ui.PageTitles;
import vn.dvc.kiosk.shared.ui.ReadAloudButton;

/**
 * "Đã gửi bổ sung": the confirmation after the papers were taken, with the dossier's code, the new appointment date
 * (the paused days were added) and what happens next. Only facts anyone with the link may see.
 */
@Route(value = "bo-sung/:token/da-gui", layout = KioskLayout.class)
@AnonymousAllowed
class SupplementSentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Dossiers dossiers;

    SupplementSentView(Dossiers dossiers) {
        this.dossiers = dossiers;
        addClassName("filing-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        TrackedDossier dossier = dossiers.trackByToken(token).orElse(null);
        if (dossier == null) {
            add(new H1(getTranslation("supplement.title")), new Paragraph(getTranslation("tracking.unknown")));
            return;
        }
        String count = event.getLocation().getQueryParameters().getSingleParameter("trang").orElse("0");
        int pages = count.matches("[0-9]{1,3}") ? Integer.parseInt(count) : 0;
        Span done = new Span(VaadinIcon.CHECK_CIRCLE.create(), new Span(getTranslation("supplement.done.title")));
        done.addClassName("scan-success");
        H1 code = new H1(dossier.view().code());
        code.addClassName("dossier-code");
        code.setId("supplement-code");
        Paragraph text = new Paragraph(pages > 0 ? getTranslation("supplement.done.pages", pages)
                : getTranslation("supplement.done.note"));
        text.addClassName("receipt-procedure");
        text.setId("supplement-done");
        UnorderedList next = new UnorderedList(
                new ListItem(getTranslation("supplement.done.next",
                        KioskLocales.day(dossier.view().appointmentDate()))),
                new ListItem(getTranslation("supplement.done.notify")));
        next.addClassName("receipt-next");
        Div read = new Div(done, code, text, next);
        read.setId("supplement-done-read");
        Div heading = new Div(read, new ReadAloudButton("supplement-done-read"));
        heading.addClassName("view-heading");
        Anchor track = new Anchor("theo-doi/" + token, getTranslation("supplement.done.track"));
        track.getElement().setAttribute("router-link", "");
        track.addClassName("pay-link");
        track.setId("supplement-track");
        Anchor home = new Anchor(".", getTranslation("layout.home"));
        home.getElement().setAttribute("router-link", "");
        home.addClassName("pay-link");
        home.setId("supplement-home");
        Div links = new Div(track, home);
        links.addClassName("actions");
        add(heading, links);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("supplement.done.title"));
    }
}
