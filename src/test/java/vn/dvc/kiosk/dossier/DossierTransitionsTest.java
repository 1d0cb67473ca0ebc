package vn.dvc.kiosk.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.dvc.kiosk.dossier.DossierAction.*;
import static vn.dvc.kiosk.dossier.DossierStatus.*;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.dvc.kiosk.calendar.AppointmentCalendar;

/** The state machine's one table, written out here a second time on purpose. */
class DossierTransitionsTest {

    private static final Map<DossierStatus, Map<DossierAction, DossierStatus>> EXPECTED = new EnumMap<>(
            DossierStatus.class);

    static {
        expect(NEWLY_REGISTERED, ACCEPT, ACCEPTED);
        expect(NEWLY_REGISTERED, REJECT, NOT_ACCEPTED);
        expect(NEWLY_REGISTERED, WITHDRAW, WITHDRAWN);
        expect(ACCEPTED, START_PROCESSING, BEING_PROCESSED);
        expect(ACCEPTED, REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED);
        expect(ACCEPTED, REQUEST_FINANCIAL_OBLIGATION, FINANCIAL_OBLIGATION_REQUESTED);
        expect(ACCEPTED, STOP, PROCESSING_STOPPED);
        expect(ACCEPTED, WITHDRAW, WITHDRAWN);
        expect(BEING_PROCESSED, REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED);
        expect(BEING_PROCESSED, REQUEST_FINANCIAL_OBLIGATION, FINANCIAL_OBLIGATION_REQUESTED);
        expect(BEING_PROCESSED, STOP, PROCESSING_STOPPED);
        expect(BEING_PROCESSED, FINISH, PROCESSING_FINISHED);
        expect(BEING_PROCESSED, WITHDRAW, WITHDRAWN);
        expect(SUPPLEMENT_REQUESTED, SUPPLEMENT_RECEIVED, BEING_PROCESSED);
        expect(SUPPLEMENT_REQUESTED, STOP, PROCESSING_STOPPED);
        expect(SUPPLEMENT_REQUESTED, WITHDRAW, WITHDRAWN);
        expect(FINANCIAL_OBLIGATION_REQUESTED, OBLIGATION_MET, BEING_PROCESSED);
        expect(FINANCIAL_OBLIGATION_REQUESTED, STOP, PROCESSING_STOPPED);
        expect(FINANCIAL_OBLIGATION_REQUESTED, WITHDRAW, WITHDRAWN);
        expect(PROCESSING_STOPPED, RESUME, BEING_PROCESSED);
        expect(PROCESSING_STOPPED, WITHDRAW, WITHDRAWN);
        expect(PROCESSING_FINISHED, RETURN_RESULT, RESULT_RETURNED);
    }

    private static void expect(DossierStatus from, DossierAction action, DossierStatus to) {
        EXPECTED.computeIfAbsent(from, s -> new EnumMap<>(DossierAction.class)).put(action, to);
    }

    @Test
    void theTableHasExactlyTheseTransitions() {
        Map<DossierStatus, Map<DossierAction, DossierStatus>> actual = new HashMap<>(DossierTransitions.table());
        assertThat(actual).isEqualTo(new HashMap<>(EXPECTED));
    }

    @ParameterizedTest
    @EnumSource(DossierStatus.class)
    void everyPairIsAllowedOrRefusedAsTheTableSays(DossierStatus from) {
        Map<DossierAction, DossierStatus> allowed = EXPECTED.getOrDefault(from, Map.of());
        assertThat(DossierTransitions.allowed(from, FeeStatus.NONE)).isEqualTo(allowed.keySet());
        for (DossierAction action : DossierAction.values()) {
            assertThat(DossierTransitions.target(from, action)).isEqualTo(Optional.ofNullable(allowed.get(action)));
            if (allowed.containsKey(action)) {
                assertThat(DossierTransitions.check("D", from, FeeStatus.PAID, action, "lý do"))
                        .isEqualTo(allowed.get(action));
            } else {
                IllegalTransitionException refused = catchThrowableOfType(IllegalTransitionException.class,
                        () -> DossierTransitions.check("D", from, FeeStatus.NONE, action, "lý do"));
                assertThat(refused.current()).isEqualTo(from);
                assertThat(refused.allowed()).isEqualTo(allowed.keySet());
            }
        }
    }

    @Test
    void theFinalStatusesAllowNothing() {
        for (DossierStatus status : List.of(NOT_ACCEPTED, WITHDRAWN, RESULT_RETURNED)) {
            assertThat(DossierTransitions.allowed(status, FeeStatus.NONE)).isEmpty();
        }
    }

    @Test
    void aRefusalListsWhatIsAllowed() {
        IllegalTransitionException refused = catchThrowableOfType(IllegalTransitionException.class,
                () -> DossierTransitions.check("HN-261122-0001", NEWLY_REGISTERED, FeeStatus.NONE, FINISH, null));
        assertThat(refused).hasMessageContaining("HN-261122-0001").hasMessageContaining("NEWLY_REGISTERED")
                .hasMessageContaining("FINISH").hasMessageContaining("[ACCEPT, REJECT, WITHDRAW]");
        assertThat(catchThrowableOfType(IllegalTransitionException.class,
                () -> DossierTransitions.check("D", PROCESSING_FINISHED, FeeStatus.NONE, ACCEPT, null)))
                .hasMessageContaining("allowed now: [RETURN_RESULT]");
    }

    @ParameterizedTest
    @EnumSource(value = DossierAction.class, names = {"REJECT", "REQUEST_SUPPLEMENT", "REQUEST_FINANCIAL_OBLIGATION",
            "STOP", "RETURN_RESULT"})
    void theseActionsNeedAReason(DossierAction action) {
        assertThat(action.reasonRequired()).isTrue();
        DossierStatus from = EXPECTED.entrySet().stream().filter(e -> e.getValue().containsKey(action))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        for (String blank : new String[] {null, "", "   "}) {
            assertThat(catchThrowableOfType(IllegalTransitionException.class,
                    () -> DossierTransitions.check("D", from, FeeStatus.NONE, action, blank)))
                    .hasMessageContaining("needs a reason");
        }
    }

    @Test
    void theOthersDoNot() {
        assertThat(Set.of(DossierAction.values())).filteredOn(action -> !action.reasonRequired())
                .containsExactlyInAnyOrder(ACCEPT, START_PROCESSING, SUPPLEMENT_RECEIVED, OBLIGATION_MET, RESUME,
                        FINISH, WITHDRAW);
        assertThat(DossierTransitions.check("D", BEING_PROCESSED, FeeStatus.NONE, FINISH, null))
                .isEqualTo(PROCESSING_FINISHED);
    }

    @Test
    void aDueFeeAllowsOnlyRejectingOrWithdrawing() {
        assertThat(DossierTransitions.allowed(NEWLY_REGISTERED, FeeStatus.DUE)).containsExactly(REJECT, WITHDRAW);
        assertThat(catchThrowableOfType(IllegalTransitionException.class,
                () -> DossierTransitions.check("D", NEWLY_REGISTERED, FeeStatus.DUE, ACCEPT, null)))
                .hasMessageContaining("while its fee is due");
        for (FeeStatus settled : List.of(FeeStatus.NONE, FeeStatus.PAID, FeeStatus.AT_COUNTER)) {
            assertThat(DossierTransitions.check("D", NEWLY_REGISTERED, settled, ACCEPT, null)).isEqualTo(ACCEPTED);
        }
    }

    @Test
    void theClockPausesExactlyInStatusesFiveSixAndEight() {
        assertThat(Set.of(DossierStatus.values())).filteredOn(DossierStatus::pausesTheClock)
                .containsExactlyInAnyOrder(SUPPLEMENT_REQUESTED, FINANCIAL_OBLIGATION_REQUESTED, PROCESSING_STOPPED);
    }

    @Test
    void timelinessComparesTheResultWithTheAppointment() {
        AppointmentCalendar calendar = new AppointmentCalendar(List.of(), Optional.empty());
        LocalDate appointment = LocalDate.of(2026, 11, 25); // a Wednesday
        assertThat(Timeliness.of(PROCESSING_FINISHED, appointment, null, appointment.minusDays(1), null, calendar))
                .isEqualTo(Timeliness.BEFORE_DEADLINE);
        assertThat(Timeliness.of(RESULT_RETURNED, appointment, null, appointment, null, calendar))
                .isEqualTo(Timeliness.ON_TIME);
        assertThat(Timeliness.of(PROCESSING_FINISHED, appointment, null, appointment.plusDays(1), null, calendar))
                .isEqualTo(Timeliness.LATE);
        // open: as of today; a running pause (Mon 23 to Thu 26: 3 working days) moves the deadline with it
        assertThat(Timeliness.of(BEING_PROCESSED, appointment, null, null, appointment.plusDays(1), calendar))
                .isEqualTo(Timeliness.LATE);
        assertThat(Timeliness.of(SUPPLEMENT_REQUESTED, appointment, LocalDate.of(2026, 11, 23), null,
                LocalDate.of(2026, 11, 26), calendar)).isEqualTo(Timeliness.BEFORE_DEADLINE);
        assertThat(Timeliness.of(WITHDRAWN, appointment, null, null, appointment.plusDays(9), calendar)).isNull();
    }

    @Test
    void howTheResultWasReturned() {
        assertThat(DossierProcessing.howReturned(ResultDelivery.POSTAL, " EMS123456789VN ")).isEqualTo(
                "POSTAL EMS123456789VN");
        assertThat(DossierProcessing.howReturned(ResultDelivery.COUNTER, null)).isEqualTo("COUNTER");
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> DossierProcessing.howReturned(ResultDelivery.POSTAL, " "))).hasMessageContaining("tracking");
    }
}
