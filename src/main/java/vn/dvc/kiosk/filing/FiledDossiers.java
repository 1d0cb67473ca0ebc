package vn.dvc.kiosk.filing;

import java.util.HashSet;
import java.util.Set;

import com.vaadin.flow.server.VaadinSession;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dvc.kiosk.shared.VisitEnded;

/**
 * The dossiers filed in this visit, by tracking token. Only they show their receipt with the applicant's details: the
 * same token is in the QR on the slip, and anyone else holding it gets the public tracking page.
 */
@Component
public class FiledDossiers {

    private static final String KEY = FiledDossiers.class.getName();

    void filed(String trackingToken) {
        VaadinSession session = VaadinSession.getCurrent();
        @SuppressWarnings("unchecked")
        Set<String> tokens = (Set<String>) session.getAttribute(KEY);
        Set<String> more = tokens == null ? new HashSet<>() : new HashSet<>(tokens);
        more.add(trackingToken);
        session.setAttribute(KEY, Set.copyOf(more));
    }

    /** Whether this visit filed the dossier behind the token. */
    public boolean filedInThisVisit(String trackingToken) {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && trackingToken != null && session.getAttribute(KEY) instanceof Set<?> tokens
                && tokens.contains(trackingToken);
    }

    @EventListener(VisitEnded.class)
    public void forget() {
        VaadinSession.getCurrent().setAttribute(KEY, null);
    }
}
