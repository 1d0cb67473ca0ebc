package vn.dvc.kiosk.catalog.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.dvc.kiosk.catalog.Catalog;
import vn.dvc.kiosk.shared.ui.BackLink;
import vn.dvc.kiosk.shared.ui.KioskLayout;
import vn.dvc.kiosk.shared.ui.OnScreenKeyboard;
import vn.dvc.kiosk.shared.ui.PageTitles;
import vn.dvc.kiosk.shared.ui.ResidentInputs;

/** Forgiving search: no accents needed, words in any order, a letter wrong; best match first as large cards. */
@Route(value = "tim-kiem", layout = KioskLayout.class)
@AnonymousAllowed
class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int MAX_RESULTS = 12;
    private static final List<String> SUGGESTIONS = List.of("khai sinh", "kết hôn", "tạm trú", "thường trú",
            "căn cước", "chứng thực", "hộ kinh doanh");

    private final Catalog catalog;
    private final Clock clock;
    private final TextField query = new TextField();
    private final Paragraph summary = new Paragraph();
    private final Div results = new Div();

    SearchView(Catalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
        addClassName("search-view");
        H1 title = new H1(getTranslation("search.title"));
        query.setLabel(getTranslation("search.field"));
        query.setPlaceholder(getTranslation("search.placeholder"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setValueChangeMode(ValueChangeMode.TIMEOUT);
        query.setValueChangeTimeout(250);
        query.setAutofocus(true);
        query.setWidthFull();
        query.setId("search-field");
        ResidentInputs.notRemembered(query);
        query.getElement().setAttribute("spellcheck", "false");
        query.addValueChangeListener(e -> {
            show(e.getValue());
            // keeps the query in the URL, so "Back" from a procedure returns to these results
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    new Location("tim-kiem", QueryParameters.of("q", e.getValue()))));
        });
        summary.addClassName("search-summary");
        summary.setId("search-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        results.addClassName("procedure-cards");
        results.setId("search-results");
        add(new BackLink(), title, query, new OnScreenKeyboard("search-field"), suggestions(), summary, results);
    }

    private Div suggestions() {
        Div chips = new Div();
        chips.addClassName("search-suggestions");
        H2 label = new H2(getTranslation("search.suggestions"));
        label.addClassName("search-suggestions-label");
        chips.add(label);
        SUGGESTIONS.forEach(text -> {
            Button chip = new Button(text, e -> query.setValue(text));
            chip.addClassName("search-chip");
            chips.add(chip);
        });
        return chips;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String q = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        if (q.equals(query.getValue())) {
            show(q);
        } else {
            query.setValue(q); // shows the results through the value change listener
        }
    }

    private void show(String text) {
        results.removeAll();
        if (text == null || text.isBlank()) {
            summary.setText(getTranslation("search.start"));
            return;
        }
        List<Catalog.Match> matches = catalog.search(text, MAX_RESULTS);
        summary.setText(matches.isEmpty() ? getTranslation("search.none", text.strip())
                : getTranslation("search.results", matches.size()));
        LocalDate today = LocalDate.now(clock);
        matches.forEach(match -> results.add(new ProcedureCard(match.procedure(), today)));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("search.title"));
    }
}
