package vn.dvc.kiosk.shared.ui;

import java.io.Serializable;
import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.dvc.kiosk.shared.VisitEnded;
import vn.dvc.kiosk.shared.security.CurrentStaff;
import vn.dvc.kiosk.shared.security.StaffMember;
import vn.dvc.kiosk.shared.security.StaffRole;

/**
 * A resident's visit on an advisor's tablet: the advisor signed in and started helping, the resident sits beside them.
 * Kept in the server session next to the resident's card and draft. It lives here rather than in a feature because the
 * frame ({@link KioskLayout}'s bar) and the end of a visit ({@link Visits}) need it, and shared depends on no feature;
 * filing reads it to record consent and the dossier as assisted.
 */
@Component
public class AssistedVisit {

    private static final String KEY = AssistedVisit.class.getName();

    /**
     * Who helps, as the consent and the dossier record them.
     *
     * @param label      how officers read it, e.g. "Lê Minh Châu (tuvan)"
     * @param homeRoute  where the advisor goes back to when the resident's visit ends
     */
    public record Helper(String username, String displayName, String label, String homeRoute) implements Serializable {
    }

    private final CurrentStaff staff;
    private final ApplicationEventPublisher events;

    AssistedVisit(CurrentStaff staff, ApplicationEventPublisher events) {
        this.staff = staff;
        this.events = events;
    }

    /**
     * The signed-in advisor starts helping a resident in this browser session. Whatever an earlier resident may have
     * left in it (a visit not ended) is forgotten first: nothing of theirs carries over into this one's dossier.
     */
    public void start(StaffMember advisor, String homeRoute) {
        if (advisor.role() != StaffRole.ADVISOR) {
            // only volunteers file on a resident's behalf; an officer's counter is another channel
            throw new IllegalArgumentException("Only an advisor can start an assisted visit, not " + advisor.role());
        }
        events.publishEvent(new VisitEnded("an advisor started helping a new resident"));
        VaadinSession.getCurrent().setAttribute(KEY,
                new Helper(advisor.username(), advisor.displayName(), advisor.actorLabel(), homeRoute));
    }

    /**
     * The advisor helping in this visit. Only while that advisor is still the one signed in: a marker left behind by
     * an earlier sign-in of the same browser never makes a dossier "assisted".
     */
    public Optional<Helper> current() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || !(session.getAttribute(KEY) instanceof Helper helper)) {
            return Optional.empty();
        }
        return staff.get().filter(member -> member.username().equals(helper.username())).map(member -> helper);
    }

    void end() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(KEY, null);
        }
    }
}
