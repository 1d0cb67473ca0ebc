package vn.dvc.kiosk.identity;

import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dvc.kiosk.shared.VisitEnded;

/**
 * Who the resident at this screen is, for this visit only: kept in the server session and nowhere else, and gone
 * when the visit ends. A card is first "read" (waiting for the resident to confirm it), then "confirmed".
 */
@Component
public class ResidentIdentity {

    private static final String READ = ResidentIdentity.class.getName() + ".read";
    private static final String CONFIRMED = ResidentIdentity.class.getName() + ".confirmed";

    public void read(CitizenIdCard card) {
        session().setAttribute(READ, card);
    }

    public Optional<CitizenIdCard> awaitingConfirmation() {
        return Optional.ofNullable((CitizenIdCard) session().getAttribute(READ));
    }

    public void confirm(CitizenIdCard card) {
        session().setAttribute(CONFIRMED, card);
        session().setAttribute(READ, null);
    }

    public Optional<CitizenIdCard> confirmed() {
        return Optional.ofNullable((CitizenIdCard) session().getAttribute(CONFIRMED));
    }

    /** The resident is done or walked away: nothing of them stays. */
    @EventListener(VisitEnded.class)
    public void forget() {
        session().setAttribute(READ, null);
        session().setAttribute(CONFIRMED, null);
    }

    private static VaadinSession session() {
        return VaadinSession.getCurrent();
    }
}
