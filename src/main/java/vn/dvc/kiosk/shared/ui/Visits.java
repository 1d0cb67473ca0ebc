package vn.dvc.kiosk.shared.ui;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.dvc.kiosk.shared.VisitEnded;
import vn.dvc.kiosk.shared.i18n.KioskLocales;

/**
 * The end of a resident's visit, finished or walked away: features forget the resident ({@link VisitEnded}), the
 * server session (language included) is invalidated, browser storage cleared, and the screen goes back home.
 * <p>
 * On an advisor's tablet ({@link AssistedVisit}) the session also holds the advisor's sign-in, so it is not
 * invalidated: the same {@link VisitEnded} wipes the resident's card, answers and drafts from it, the language goes
 * back to the default, and the advisor lands on their own screen still signed in.
 */
@Component
public class Visits {

    private static final Logger log = LoggerFactory.getLogger(Visits.class);
    private static final String CLEAR_AND_GO = "try { localStorage.clear(); sessionStorage.clear(); } catch (e) {}"
            + " window.location.replace($0)";

    private final ApplicationEventPublisher events;
    private final AssistedVisit assisted;
    private final Locale defaultLocale;

    Visits(ApplicationEventPublisher events, AssistedVisit assisted,
            @Value("${kiosk.locale.default:vi}") String defaultLocale) {
        this.events = events;
        this.assisted = assisted;
        this.defaultLocale = KioskLocales.of(defaultLocale);
    }

    public void end(UI ui, String why) {
        Optional<AssistedVisit.Helper> helper = assisted.current();
        log.info("Visit ended: {}{}", why, helper.isPresent() ? " (assisted)" : "");
        events.publishEvent(new VisitEnded(why));
        if (helper.isPresent()) {
            assisted.end();
            ui.getSession().setLocale(defaultLocale);
            // the page is left at once; Flow's unload beacon then closes this UI with what was on its screens
            ui.getPage().executeJs(CLEAR_AND_GO, helper.get().homeRoute());
            return;
        }
        ui.getPage().executeJs(CLEAR_AND_GO, "./");
        ui.getSession().getSession().invalidate();
    }
}
