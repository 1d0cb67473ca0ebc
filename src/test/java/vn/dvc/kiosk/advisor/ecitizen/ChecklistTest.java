package vn.dvc.kiosk.advisor.ecitizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The checklist's rules: steps in order, a tick taken back only the same day by the volunteer who made it. */
class ChecklistTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static StepDone done(EcitizenStep step, LocalDate on, String by) {
        return new StepDone(step, on, by, by);
    }

    @Test
    void anEmptyChecklistOffersOnlyTheFirstStep() {
        Checklist checklist = new Checklist(List.of());

        assertThat(checklist.nextStep()).contains(EcitizenStep.INSTALL_VNEID);
        assertThat(checklist.whyNotTick(EcitizenStep.INSTALL_VNEID)).isEmpty();
        assertThat(checklist.whyNotTick(EcitizenStep.LEVEL2_IDENTITY)).contains(StepRefused.Reason.PREVIOUS_NOT_DONE);
        assertThat(checklist.whyNotTick(EcitizenStep.FIRST_ONLINE_DOSSIER))
                .contains(StepRefused.Reason.PREVIOUS_NOT_DONE);
        assertThat(checklist.isComplete()).isFalse();
    }

    @Test
    void aStepDoneIsNotTickedTwiceAndTheNextOneOpens() {
        Checklist checklist = new Checklist(List.of(done(EcitizenStep.INSTALL_VNEID, TODAY, "sinhvien")));

        assertThat(checklist.whyNotTick(EcitizenStep.INSTALL_VNEID)).contains(StepRefused.Reason.ALREADY_DONE);
        assertThat(checklist.whyNotTick(EcitizenStep.LEVEL2_IDENTITY)).isEmpty();
        assertThat(checklist.nextStep()).contains(EcitizenStep.LEVEL2_IDENTITY);
        assertThat(checklist.doneCount()).isEqualTo(1);
    }

    @Test
    void allFourDoneIsComplete() {
        Checklist checklist = new Checklist(List.of(EcitizenStep.values()).stream()
                .map(step -> done(step, TODAY, "sinhvien")).toList());

        assertThat(checklist.isComplete()).isTrue();
        assertThat(checklist.nextStep()).isEmpty();
    }

    @Test
    void theLastTickCanBeTakenBackTheSameDayByWhoeverMadeIt() {
        Checklist checklist = new Checklist(List.of(done(EcitizenStep.INSTALL_VNEID, TODAY, "sinhvien"),
                done(EcitizenStep.LEVEL2_IDENTITY, TODAY, "sinhvien")));

        assertThat(checklist.whyNotUntick(EcitizenStep.LEVEL2_IDENTITY, TODAY, "sinhvien")).isEmpty();
        assertThat(checklist.whyNotUntick(EcitizenStep.INSTALL_VNEID, TODAY, "sinhvien"))
                .as("a later step stands on it").contains(StepRefused.Reason.LATER_DONE);
        assertThat(checklist.whyNotUntick(EcitizenStep.PORTAL_SIGN_IN, TODAY, "sinhvien"))
                .contains(StepRefused.Reason.NOT_DONE);
    }

    @Test
    void aTickIsNotTakenBackTheNextDayNorByAnotherVolunteer() {
        Checklist checklist = new Checklist(List.of(done(EcitizenStep.INSTALL_VNEID, TODAY, "sinhvien")));

        assertThat(checklist.whyNotUntick(EcitizenStep.INSTALL_VNEID, TODAY.plusDays(1), "sinhvien"))
                .contains(StepRefused.Reason.NOT_SAME_DAY_OR_VOLUNTEER);
        assertThat(checklist.whyNotUntick(EcitizenStep.INSTALL_VNEID, TODAY, "tuvan"))
                .contains(StepRefused.Reason.NOT_SAME_DAY_OR_VOLUNTEER);
    }

    @Test
    void isoWeeksMatchMariaDbYearWeekMode3() {
        // 1 January 2027 is a Friday: it belongs to 2026's week 53
        assertThat(IsoWeek.of(LocalDate.of(2027, 1, 1)).yearWeek()).isEqualTo(202653);
        assertThat(IsoWeek.of(LocalDate.of(2027, 1, 4)).yearWeek()).isEqualTo(202701);
        IsoWeek week = IsoWeek.of(TODAY);
        assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(week.sunday()).isEqualTo(TODAY);
        assertThat(week.minusWeeks(7).monday()).isEqualTo(LocalDate.of(2026, 9, 28));
    }

    @Test
    void theCampaignWindowRunsForwardsOverAtMostAYearOfWeeks() {
        assertThat(EcitizenCampaign.isValidWindow(TODAY, TODAY)).isTrue();
        assertThat(EcitizenCampaign.isValidWindow(TODAY, TODAY.minusDays(1))).isFalse();
        assertThat(EcitizenCampaign.isValidWindow(TODAY.minusWeeks(52), TODAY)).isTrue();
        assertThat(EcitizenCampaign.isValidWindow(TODAY.minusWeeks(53), TODAY)).isFalse();
        assertThat(EcitizenCampaign.isValidWindow(null, TODAY)).isFalse();
    }

    @Test
    void typedDetailsAreCheckedAndNamesStoredNfc() {
        assertThat(EcitizenCampaign.isValidIdNumber("001090012345")).isTrue();
        assertThat(EcitizenCampaign.isValidIdNumber("00109001234")).isFalse();
        assertThat(EcitizenCampaign.isValidIdNumber("999090012345")).as("no such province").isFalse();
        assertThat(EcitizenCampaign.cleanName("  Nguye\u0302\u0303n   Văn An ")).contains("Nguyễn Văn An");
        assertThat(EcitizenCampaign.cleanName("   ")).isEmpty();
    }
}
