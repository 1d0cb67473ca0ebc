package vn.dvc.kiosk.dossier;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dvc.kiosk.shared.VisitEnded;

/**
 * The dossiers this visit found with their code and the applicant's last four ID digits ("Tra cứu hồ sơ"), by
 * tracking token, with those digits: sending papers for such a dossier need not ask them a second time. Held in the
 * server session only, which the end of the visit invalidates; whoever arrives by the receipt's QR is asked.
 */
@Component
public class FoundDossiers {

    private static final String KEY = FoundDossiers.class.getName();

    /** Call only after {@link Dossiers#track} found the dossier with these digits. */
    public void found(TrackedDossier dossier, String lastFourDigits) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || dossier == null || lastFourDigits == null) {
            return;
        }
        Map<String, String> more = new HashMap<>(known(session));
        more.put(dossier.trackingToken(), lastFourDigits.strip());
        session.setAttribute(KEY, Map.copyOf(more));
    }

    /** The digits this visit proved for the dossier behind the token, if it did. */
    public Optional<String> digitsFor(String trackingToken) {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || trackingToken == null ? Optional.empty()
                : Optional.ofNullable(known(session).get(trackingToken));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> known(VaadinSession session) {
        return session.getAttribute(KEY) instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }

    @EventListener(VisitEnded.class)
    public void forget() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(KEY, null);
        }
    }
}
