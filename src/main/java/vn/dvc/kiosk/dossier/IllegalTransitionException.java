package vn.dvc.kiosk.dossier;

import java.util.Set;

/** An action the state machine refuses now: not allowed from the current status, or without its required reason. */
public class IllegalTransitionException extends RuntimeException {

    private final DossierStatus current;
    private final DossierAction action;
    private final Set<DossierAction> allowed;

    IllegalTransitionException(String message, DossierStatus current, DossierAction action,
            Set<DossierAction> allowed) {
        super(message);
        this.current = current;
        this.action = action;
        this.allowed = Set.copyOf(allowed);
    }

    public DossierStatus current() {
        return current;
    }

    public DossierAction action() {
        return action;
    }

    /** What is allowed from the current status. */
    public Set<DossierAction> allowed() {
        return allowed;
    }
}
