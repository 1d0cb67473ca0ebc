package vn.dvc.kiosk.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.dvc.kiosk.dossier.DossierStatus.ACCEPTED;
import static vn.dvc.kiosk.dossier.DossierStatus.BEING_PROCESSED;
import static vn.dvc.kiosk.dossier.DossierStatus.NEWLY_REGISTERED;
import static vn.dvc.kiosk.dossier.DossierStatus.NOT_ACCEPTED;
import static vn.dvc.kiosk.dossier.DossierStatus.PROCESSING_FINISHED;
import static vn.dvc.kiosk.dossier.DossierStatus.RESULT_RETURNED;
import static vn.dvc.kiosk.dossier.DossierStatus.SUPPLEMENT_REQUESTED;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.dvc.kiosk.dossier.DossierStatus.ResidentStep;
import vn.dvc.kiosk.dossier.TimelineStep.State;

/** The resident's steps read from the history: which are shown, their days, and which one is now. */
class ResidentTimelineTest {

    private static final ZoneId DESK = ZoneId.of("Asia/Ho_Chi_Minh");

    private final List<HistoryEntry> history = new ArrayList<>();

    /** A step at 00:30 at the desk, still the day before in UTC: days are the desk's. */
    private void step(DossierStatus to, int dayOfDecember, String reason) {
        DossierStatus from = history.isEmpty() ? null : history.getLast().to();
        Instant at = LocalDate.of(2026, 12, dayOfDecember).atTime(0, 30).atZone(DESK).toInstant();
        history.add(new HistoryEntry(from, to, at, "An", reason));
    }

    private List<TimelineStep> timeline() {
        return ResidentTimeline.of(history, history.getLast().to(), DESK);
    }

    @Test
    void aNewDossierShowsFourStepsWithoutThePapersStep() {
        step(NEWLY_REGISTERED, 1, null);

        assertThat(timeline()).containsExactly(
                new TimelineStep(ResidentStep.SUBMITTED, LocalDate.of(2026, 12, 1), State.CURRENT),
                new TimelineStep(ResidentStep.PROCESSING, null, State.AHEAD),
                new TimelineStep(ResidentStep.COMPLETED, null, State.AHEAD));
    }

    @Test
    void aRequestForPapersIsShownWithItsDayAndWhatWasAsked() {
        step(NEWLY_REGISTERED, 1, null);
        step(ACCEPTED, 2, null);
        step(BEING_PROCESSED, 3, null);
        step(SUPPLEMENT_REQUESTED, 4, "Bản sao giấy chứng sinh");

        assertThat(timeline()).containsExactly(
                new TimelineStep(ResidentStep.SUBMITTED, LocalDate.of(2026, 12, 1), State.DONE),
                new TimelineStep(ResidentStep.PROCESSING, LocalDate.of(2026, 12, 2), State.DONE),
                new TimelineStep(ResidentStep.SUPPLEMENT_REQUESTED, LocalDate.of(2026, 12, 4), State.CURRENT),
                new TimelineStep(ResidentStep.COMPLETED, null, State.AHEAD));
        assertThat(ResidentTimeline.supplementRequest(history, SUPPLEMENT_REQUESTED))
                .isEqualTo("Bản sao giấy chứng sinh");
    }

    @Test
    void theLastRequestCountsAndPapersSuppliedAreListedAboveProcessingResumed() {
        step(NEWLY_REGISTERED, 1, null);
        step(ACCEPTED, 2, null);
        step(SUPPLEMENT_REQUESTED, 3, "Tờ khai có chữ ký");
        step(BEING_PROCESSED, 7, null);
        step(SUPPLEMENT_REQUESTED, 8, "Bản sao sổ hộ khẩu");
        assertThat(ResidentTimeline.supplementRequest(history, SUPPLEMENT_REQUESTED)).isEqualTo("Bản sao sổ hộ khẩu");
        assertThat(timeline()).extracting(TimelineStep::reachedOn).contains(LocalDate.of(2026, 12, 8));

        step(BEING_PROCESSED, 9, null);
        assertThat(ResidentTimeline.supplementRequest(history, BEING_PROCESSED)).isNull();
        assertThat(timeline()).extracting(TimelineStep::step, TimelineStep::reachedOn, TimelineStep::state)
                .containsExactly(
                        tuple(ResidentStep.SUBMITTED, LocalDate.of(2026, 12, 1),
                                State.DONE),
                        tuple(ResidentStep.SUPPLEMENT_REQUESTED,
                                LocalDate.of(2026, 12, 8), State.DONE),
                        tuple(ResidentStep.PROCESSING, LocalDate.of(2026, 12, 2),
                                State.CURRENT),
                        tuple(ResidentStep.COMPLETED, null, State.AHEAD));
    }

    @Test
    void notAcceptedReplacesTheStepsItCutShort() {
        step(NEWLY_REGISTERED, 1, null);
        step(NOT_ACCEPTED, 2, "Không thuộc thẩm quyền");

        assertThat(timeline()).containsExactly(
                new TimelineStep(ResidentStep.SUBMITTED, LocalDate.of(2026, 12, 1), State.DONE),
                new TimelineStep(ResidentStep.REJECTED, LocalDate.of(2026, 12, 2), State.CURRENT));
    }

    @Test
    void aReturnedResultIsTheLastStepWithTheDayItWasFirstReady() {
        step(NEWLY_REGISTERED, 1, null);
        step(ACCEPTED, 2, null);
        step(BEING_PROCESSED, 2, null);
        step(PROCESSING_FINISHED, 10, null);
        step(RESULT_RETURNED, 11, "COUNTER");

        assertThat(timeline()).last()
                .isEqualTo(new TimelineStep(ResidentStep.COMPLETED, LocalDate.of(2026, 12, 10), State.CURRENT));
        assertThat(timeline()).hasSize(3);
    }
}
