package vn.dvc.kiosk.dossier;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.dvc.kiosk.dossier.DossierStatus.ResidentStep;

/**
 * The five resident steps read from a dossier's status history. "Needs more papers" appears only when it happened,
 * "not accepted" only instead of the steps it cut short: a resident should not be shown a step that will never come.
 * Steps done are listed before the current one, which comes before those ahead.
 */
final class ResidentTimeline {

    private ResidentTimeline() {
    }

    static List<TimelineStep> of(List<HistoryEntry> history, DossierStatus current, ZoneId deskZone) {
        // a request for papers (or a refusal) shows its latest day: after a second request, the second one counts;
        // "received" and "result ready" keep their first: coming back to processing after a pause is not news
        Map<ResidentStep, LocalDate> reached = new EnumMap<>(ResidentStep.class);
        for (HistoryEntry entry : history) {
            ResidentStep step = entry.to().residentStep();
            LocalDate day = LocalDate.ofInstant(entry.changedAt(), deskZone);
            boolean keepsFirst = step == ResidentStep.PROCESSING || step == ResidentStep.COMPLETED;
            if (!keepsFirst || !reached.containsKey(step)) {
                reached.put(step, day);
            }
        }
        ResidentStep now = current.residentStep();
        List<ResidentStep> shown = new ArrayList<>();
        for (ResidentStep step : List.of(ResidentStep.SUBMITTED, ResidentStep.PROCESSING,
                ResidentStep.SUPPLEMENT_REQUESTED)) {
            boolean optional = step == ResidentStep.SUPPLEMENT_REQUESTED;
            boolean cutShort = now == ResidentStep.REJECTED;
            if ((!optional && !cutShort) || reached.containsKey(step)) {
                shown.add(step);
            }
        }
        shown.add(now == ResidentStep.REJECTED ? ResidentStep.REJECTED : ResidentStep.COMPLETED);
        List<TimelineStep> steps = new ArrayList<>();
        for (ResidentStep step : shown) {
            TimelineStep.State state = step == now ? TimelineStep.State.CURRENT
                    : reached.containsKey(step) ? TimelineStep.State.DONE : TimelineStep.State.AHEAD;
            steps.add(new TimelineStep(step, reached.get(step), state));
        }
        // read top to bottom, what is done comes before "now": papers supplied are listed above processing resumed
        steps.sort(java.util.Comparator.comparing(TimelineStep::state));
        return List.copyOf(steps);
    }

    /** What the officer asked for, while the dossier waits for it: the reason of the last request for papers. */
    static String supplementRequest(List<HistoryEntry> history, DossierStatus current) {
        if (current != DossierStatus.SUPPLEMENT_REQUESTED) {
            return null;
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).to() == DossierStatus.SUPPLEMENT_REQUESTED) {
                return history.get(i).reason();
            }
        }
        return null;
    }
}
