package vn.dvc.kiosk.advisor.ecitizen;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A resident's four steps and the rules for ticking them: in order (each step needs the one before it), and a tick
 * can be taken back only by mistake — the same day, by the volunteer who made it, and only the last step ticked —
 * because once the day is over it has been counted in the group's weekly figures.
 */
public final class Checklist {

    private final Map<EcitizenStep, StepDone> done = new EnumMap<>(EcitizenStep.class);

    public Checklist(Collection<StepDone> steps) {
        steps.forEach(step -> done.put(step.step(), step));
    }

    public Optional<StepDone> done(EcitizenStep step) {
        return Optional.ofNullable(done.get(step));
    }

    public boolean isDone(EcitizenStep step) {
        return done.containsKey(step);
    }

    public boolean isComplete() {
        return done.size() == EcitizenStep.values().length;
    }

    public int doneCount() {
        return done.size();
    }

    /** The first step not done yet, if any: the one the screen offers to tick. */
    public Optional<EcitizenStep> nextStep() {
        for (EcitizenStep step : EcitizenStep.values()) {
            if (!isDone(step)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    /** Why this step cannot be ticked now, or empty when it can. */
    public Optional<StepRefused.Reason> whyNotTick(EcitizenStep step) {
        if (isDone(step)) {
            return Optional.of(StepRefused.Reason.ALREADY_DONE);
        }
        if (step.previous() != null && !isDone(step.previous())) {
            return Optional.of(StepRefused.Reason.PREVIOUS_NOT_DONE);
        }
        return Optional.empty();
    }

    /** Why this volunteer cannot untick this step today, or empty when they can. */
    public Optional<StepRefused.Reason> whyNotUntick(EcitizenStep step, LocalDate today, String username) {
        StepDone tick = done.get(step);
        if (tick == null) {
            return Optional.of(StepRefused.Reason.NOT_DONE);
        }
        if (step.next() != null && isDone(step.next())) {
            return Optional.of(StepRefused.Reason.LATER_DONE);
        }
        if (!tick.doneOn().equals(today) || !tick.helpedBy().equals(username)) {
            return Optional.of(StepRefused.Reason.NOT_SAME_DAY_OR_VOLUNTEER);
        }
        return Optional.empty();
    }

    public boolean canUntick(EcitizenStep step, LocalDate today, String username) {
        return whyNotUntick(step, today, username).isEmpty();
    }
}
