package vn.dvc.kiosk.catalog.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.dvc.kiosk.catalog.Catalog;
import vn.dvc.kiosk.catalog.Procedure;
import vn.dvc.kiosk.shared.ui.BackLink;
import vn.dvc.kiosk.shared.ui.KioskLayout;
import vn.dvc.kiosk.shared.ui.PageTitles;
import vn.dvc.kiosk.shared.ui.ReadAloudButton;

/** The procedures of one life event, as large cards. */
@Route(value = "viec/:event", layout = KioskLayout.class)
@AnonymousAllowed
class LifeEventView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Catalog catalog;
    private final Clock clock;
    private String title = "";

    LifeEventView(Catalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
        addClassName("life-event-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String slug = event.getRouteParameters().get("event").orElse("");
        LifeEventPicture picture = LifeEventPicture.bySlug(slug).orElse(null);
        if (picture == null) {
            add(new BackLink(), new Paragraph(getTranslation("lifeevent.unknown")));
            return;
        }
        title = getTranslation("event." + picture.event().name());
        H1 heading = new H1(picture.picture(), new Span(title));
        heading.setId("event-title");
        Div head = new Div(heading, new ReadAloudButton("event-title"));
        head.addClassNames("view-heading", picture.colourClass());
        add(new BackLink(), head);
        List<Procedure> procedures = catalog.offeredByLifeEvent(picture.event());
        if (procedures.isEmpty()) {
            add(new Paragraph(getTranslation("lifeevent.empty")));
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Div cards = new Div();
        cards.addClassName("procedure-cards");
        procedures.forEach(p -> cards.add(new ProcedureCard(p, today)));
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, title);
    }
}
