package vn.dvc.kiosk.shared.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import org.springframework.beans.factory.ObjectProvider;
import vn.dvc.kiosk.shared.HelpDeskProperties;
import vn.dvc.kiosk.shared.IdleProperties;
import vn.dvc.kiosk.shared.i18n.ResidentScreenOptions;

/**
 * The frame of every resident screen: home, the language switch and "Need help?" always in the same place, big.
 */
@AnonymousAllowed
@StyleSheet("/css/connection.css")
public class KioskLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Main content = new Main();

    public KioskLayout(HelpDeskProperties helpDesk, IdleProperties idle, Visits visits, AssistedVisit assisted,
            ObjectProvider<ResidentScreenOptions> options) {
        addClassName("kiosk-layout");
        Header header = new Header();
        header.addClassName("kiosk-header");

        // The home route belongs to the catalog feature; a plain router link to "." avoids depending on it.
        Anchor home = new Anchor(".");
        home.getElement().setAttribute("router-link", "");
        home.addClassName("kiosk-home");
        home.setId("nav-home");
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("kiosk-title");
        Span subtitle = new Span(getTranslation("app.subtitle"));
        subtitle.addClassName("kiosk-subtitle");
        Div titles = new Div(title, subtitle);
        titles.addClassName("kiosk-titles");
        home.add(VaadinIcon.HOME.create(), titles);
        home.getElement().setAttribute("aria-label", getTranslation("layout.home"));

        List<Locale> offered = options.getIfAvailable(() -> ResidentScreenOptions.ALL).languages();
        Button help = new Button(getTranslation("layout.help"), VaadinIcon.QUESTION_CIRCLE.create(),
                e -> new HelpDialog(helpDesk).open());
        help.addClassName("kiosk-help");
        help.setId("help");

        header.add(home);
        // a kiosk that offers one language has nothing to switch
        if (offered.size() > 1) {
            header.add(languageSwitch(offered));
        }
        header.add(help);
        content.addClassName("kiosk-content");
        // on an advisor's tablet, above everything: who is helping and the way to end the resident's visit
        assisted.current().ifPresent(helper -> add(new AssistedVisitBar(helper, visits)));
        add(header, content, new IdleGuard(idle.timeout(), idle.warning(), visits), new ConnectionWatch());
    }

    private Component languageSwitch(List<Locale> offered) {
        Div languages = new Div();
        offered.forEach(locale -> languages.add(languageButton(locale)));
        languages.addClassName("kiosk-languages");
        languages.getElement().setAttribute("role", "group");
        languages.getElement().setAttribute("aria-label", getTranslation("layout.language"));
        return languages;
    }

    private Component languageButton(Locale locale) {
        Button button = new Button(getTranslation("layout.language." + locale.getLanguage()), e -> switchTo(locale));
        button.addClassName("kiosk-language");
        button.setId("lang-" + locale.getLanguage());
        boolean current = locale.getLanguage().equals(getLocale().getLanguage());
        button.getElement().setAttribute("aria-pressed", String.valueOf(current));
        button.getElement().setAttribute("lang", locale.getLanguage());
        return button;
    }

    private static void switchTo(Locale locale) {
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        ui.getPage().reload(); // every text on screen is re-rendered in the new language; the session stays
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }

    /**
     * Every new screen starts at its top: the previous one was often scrolled down to its Next button, which would
     * leave the new title (and the receipt's code) out of sight.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        getElement().executeJs("window.scrollTo(0, 0)");
    }
}
