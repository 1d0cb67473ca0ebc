package vn.dvc.kiosk.dossier.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.dvc.kiosk.dossier.DossierView;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.shared.ui.KioskLayout;
import vn.dvc.kiosk.shared.ui.PageTitles;

/**
 * A dossier's public tracking page, opened from the QR on the receipt: the unguessable token is the key, and the
 * page shows nothing personal (no name, no ID number).
 */
@Route(value = "theo-doi/:token", layout = KioskLayout.class)
@AnonymousAllowed
class TrackingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Dossiers dossiers;

    TrackingView(Dossiers dossiers) {
        this.dossiers = dossiers;
        addClassName("tracking-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("tracking.title")));
        DossierView dossier = event.getRouteParameters().get("token").flatMap(dossiers::byTrackingToken).orElse(null);
        if (dossier == null) {
            add(new Paragraph(getTranslation("tracking.unknown")));
            return;
        }
        DescriptionList facts = new DescriptionList();
        facts.addClassName("card-details");
        facts.add(new DescriptionList.Term(getTranslation("receipt.code")), description(dossier.code(), "tracking-code"),
                new DescriptionList.Term(dossier.procedureName()), new DescriptionList.Description(""),
                new DescriptionList.Term(getTranslation("tracking.status")),
                description(getTranslation("status." + dossier.status().name()), "tracking-status"),
                new DescriptionList.Term(getTranslation("receipt.appointment", "")),
                description(KioskLocales.day(dossier.appointmentDate()), "tracking-appointment"));
        add(facts);
    }

    private static DescriptionList.Description description(String text, String id) {
        DescriptionList.Description description = new DescriptionList.Description(text);
        description.setId(id);
        return description;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("tracking.title"));
    }
}
