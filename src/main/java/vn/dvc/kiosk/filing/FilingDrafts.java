package vn.dvc.kiosk.filing;

import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dvc.kiosk.shared.VisitEnded;

/** The draft of this visit, in the server session: gone when the visit ends. */
@Component
public class FilingDrafts {

    private static final String KEY = FilingDrafts.class.getName();

    /** The draft for this procedure; a draft for another procedure is replaced. */
    public FilingDraft forProcedure(String procedureCode) {
        FilingDraft draft = (FilingDraft) VaadinSession.getCurrent().getAttribute(KEY);
        if (draft == null || !draft.procedureCode().equals(procedureCode)) {
            draft = new FilingDraft(procedureCode);
            VaadinSession.getCurrent().setAttribute(KEY, draft);
        }
        return draft;
    }

    public Optional<FilingDraft> current() {
        return Optional.ofNullable((FilingDraft) VaadinSession.getCurrent().getAttribute(KEY));
    }

    @EventListener(VisitEnded.class)
    public void forget() {
        VaadinSession.getCurrent().setAttribute(KEY, null);
    }
}
