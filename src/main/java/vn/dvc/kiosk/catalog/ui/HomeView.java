package vn.dvc.kiosk.catalog.ui;

import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.dvc.kiosk.catalog.Catalog;
import vn.dvc.kiosk.catalog.LifeEvent;
import vn.dvc.kiosk.shared.ui.KioskLayout;
import vn.dvc.kiosk.shared.ui.ReadAloudButton;

/** The first screen a resident sees: a search entry and a picture tile for each life event. */
@Route(value = "", layout = KioskLayout.class)
@AnonymousAllowed
class HomeView extends Div implements HasDynamicTitle {

    HomeView(Catalog catalog) {
        addClassName("home-view");
        setId("home");
        H1 question = new H1(getTranslation("home.question"));
        question.setId("home-question");
        Div heading = new Div(question, new ReadAloudButton("home-question"));
        heading.addClassName("view-heading");

        RouterLink search = new RouterLink(SearchView.class);
        search.addClassName("search-entry");
        search.setId("search-entry");
        Span searchLabel = new Span(getTranslation("home.search"));
        searchLabel.addClassName("search-entry-label");
        Span searchHint = new Span(getTranslation("home.search.hint"));
        searchHint.addClassName("search-entry-hint");
        search.add(VaadinIcon.SEARCH.create(), new Div(searchLabel, searchHint));

        H2 eventsTitle = new H2(getTranslation("home.events"));
        Div tiles = new Div();
        tiles.addClassName("life-event-tiles");
        Map<LifeEvent, Long> counts = catalog.offeredCountsByLifeEvent();
        for (LifeEvent event : LifeEvent.values()) {
            long count = counts.getOrDefault(event, 0L);
            // a kiosk offering part of the catalog shows no tile that leads to nothing
            if (count > 0 || counts.isEmpty()) {
                tiles.add(tile(event, count));
            }
        }
        // other modules' screens, by address: the catalog depends on neither filing nor dossier
        Anchor resume = entry("tiep-tuc", "resume-entry", VaadinIcon.TIME_BACKWARD, "home.resume");
        Anchor track = entry("tra-cuu", "track-entry", VaadinIcon.FILE_SEARCH, "home.track");
        add(heading, search, eventsTitle, tiles, resume, track);
    }

    /** A wide entry under the tiles: a label and, under it, {@code key + ".help"}. */
    private Anchor entry(String href, String id, VaadinIcon icon, String key) {
        Anchor entry = new Anchor(href);
        entry.getElement().setAttribute("router-link", true);
        entry.addClassNames("search-entry", "resume-entry");
        entry.setId(id);
        Span label = new Span(getTranslation(key));
        label.addClassName("search-entry-label");
        Span hint = new Span(getTranslation(key + ".help"));
        hint.addClassName("search-entry-hint");
        entry.add(icon.create(), new Div(label, hint));
        return entry;
    }

    private RouterLink tile(LifeEvent event, long count) {
        LifeEventPicture picture = LifeEventPicture.of(event);
        RouterLink tile = new RouterLink(LifeEventView.class, new RouteParameters("event", picture.slug()));
        tile.addClassNames("life-event-tile", picture.colourClass());
        tile.setId("event-" + picture.slug());
        Span name = new Span(getTranslation("event." + event.name()));
        name.addClassName("life-event-name");
        Span help = new Span(getTranslation("event.help." + event.name()));
        help.addClassName("life-event-help");
        Span countText = new Span(getTranslation("home.event.count", count));
        countText.addClassName("life-event-count");
        tile.add(picture.picture(), name, help, countText);
        return tile;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
