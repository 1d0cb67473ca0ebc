package vn.dvc.kiosk.advisor.ecitizen;

/** A tick or untick the checklist does not allow; {@link #reason()} names it for a friendly message. */
public class StepRefused extends RuntimeException {

    /** Why: each has a message key {@code ecitizen.refused.<REASON>}. */
    public enum Reason {
        /** The step before it is not done yet. */
        PREVIOUS_NOT_DONE,
        /** It is already ticked. */
        ALREADY_DONE,
        /** It is not ticked, so there is nothing to untick. */
        NOT_DONE,
        /** A later step is ticked: untick that one first. */
        LATER_DONE,
        /** Only the day it was ticked, by the volunteer who ticked it: afterwards it is in the group's figures. */
        NOT_SAME_DAY_OR_VOLUNTEER
    }

    private final Reason reason;

    public StepRefused(Reason reason) {
        super("E-citizen step refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
