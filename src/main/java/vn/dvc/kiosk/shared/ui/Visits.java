package vn.dvc.kiosk.shared.ui;

import com.vaadin.flow.component.UI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.dvc.kiosk.shared.VisitEnded;

/**
 * The end of a resident's visit, finished or walked away: features forget the resident ({@link VisitEnded}), the
 * server session (language included) is invalidated, browser storage cleared, and the screen goes back home.
 */
@Component
public class Visits {

    private static final Logger log = LoggerFactory.getLogger(Visits.class);

    private final ApplicationEventPublisher events;

    Visits(ApplicationEventPublisher events) {
        this.events = events;
    }

    public void end(UI ui, String why) {
        log.info("Visit ended: {}", why);
        events.publishEvent(new VisitEnded(why));
        ui.getPage().executeJs("try { localStorage.clear(); sessionStorage.clear(); } catch (e) {}"
                + " window.location.replace($0)", "./");
        ui.getSession().getSession().invalidate();
    }
}
