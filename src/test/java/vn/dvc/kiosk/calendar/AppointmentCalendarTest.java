package vn.dvc.kiosk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Working days and appointment dates on the real published schedule (data/procedures/holidays.json).
 * Expected dates were worked out by hand from that file; the weekday is noted next to each date.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppointmentCalendarTest {

    /** The application.yml default: Culture Day is planned but not yet law, so offices still work. */
    private static final List<LocalDate> PENDING_WORKING_DAYS = List.of(LocalDate.of(2026, 11, 24),
            LocalDate.of(2027, 11, 24));

    private static final LocalTime DESK_CLOSES = LocalTime.of(17, 0);
    private static final LocalTime CUTOFF = LocalTime.of(15, 0);

    private AppointmentCalendar calendar;

    @BeforeAll
    void loadRealSchedule() throws IOException {
        calendar = calendarWithPending(PENDING_WORKING_DAYS, Optional.empty());
    }

    private AppointmentCalendar calendarWithPending(Collection<LocalDate> pending, Optional<LocalTime> defaultCutoff)
            throws IOException {
        try (InputStream json = getClass().getResourceAsStream("/data/procedures/holidays.json")) {
            assertThat(json).as("holidays.json on the classpath").isNotNull();
            return new AppointmentCalendar(HolidayScheduleReader.read(json, pending), defaultCutoff);
        }
    }

    private static ProcessingPeriod workingDays(int value) {
        return ProcessingPeriod.workingDays(value);
    }

    private static ProcessingPeriod sameWorkingDayWithCutoff() {
        return ProcessingPeriod.workingDays(0).withCutoff(CUTOFF);
    }

    private static ProcessingPeriod calendarDays(int value) {
        return new ProcessingPeriod(value, DurationUnit.DAYS, Optional.empty());
    }

    private static LocalDateTime at(String date, String time) {
        return LocalDate.parse(date).atTime(LocalTime.parse(time));
    }

    @Nested
    class WorkingDays {

        @ParameterizedTest(name = "{0} ({1}) is a day off: {2}")
        @CsvSource(delimiter = '|', value = {
                "2026-01-01 | THURSDAY  | New Year's Day",
                "2026-01-02 | FRIDAY    | swapped day off for Saturday 10/1",
                "2026-02-16 | MONDAY    | Tết 2026: 29th of the 12th lunar month",
                "2026-02-17 | TUESDAY   | Tết 2026: 1st day",
                "2026-02-18 | WEDNESDAY | Tết 2026: 2nd day",
                "2026-02-19 | THURSDAY  | Tết 2026: 3rd day",
                "2026-02-20 | FRIDAY    | Tết 2026: 4th day",
                "2026-04-27 | MONDAY    | compensatory day off for Hùng Kings on Sunday 26/4",
                "2026-04-30 | THURSDAY  | Reunification Day",
                "2026-05-01 | FRIDAY    | Labour Day",
                "2026-08-31 | MONDAY    | swapped day off for Saturday 22/8",
                "2026-09-01 | TUESDAY   | National Day, adjacent day",
                "2026-09-02 | WEDNESDAY | National Day",
                "2027-02-04 | THURSDAY  | Tết 2027 (computed, unconfirmed but not pending: honoured)",
                "2027-02-10 | WEDNESDAY | Tết 2027 compensatory (computed)",
                "2027-05-03 | MONDAY    | compensatory day off for Labour Day on Saturday 1/5/2027",
        })
        void publishedWeekdayHolidaysAreDaysOff(LocalDate date, DayOfWeek weekday, String why) {
            assertThat(date.getDayOfWeek()).isEqualTo(weekday);
            assertThat(calendar.isWorkingDay(date)).as(why).isFalse();
        }

        @ParameterizedTest(name = "{0} ({1}) is a working day: {2}")
        @CsvSource(delimiter = '|', value = {
                "2026-01-10 | SATURDAY  | make-up Saturday for Friday 2/1",
                "2026-08-22 | SATURDAY  | make-up Saturday for Monday 31/8",
                "2026-02-13 | FRIDAY    | last working day before Tết",
                "2026-02-23 | MONDAY    | first working day after Tết",
                "2026-04-29 | WEDNESDAY | day before 30/4",
                "2026-05-04 | MONDAY    | first working day after 30/4-1/5",
                "2026-09-03 | THURSDAY  | first working day after National Day",
                "2026-01-05 | MONDAY    | first working day after New Year",
                "2026-03-10 | TUESDAY   | an ordinary Tuesday",
        })
        void ordinaryWeekdaysAndMakeUpSaturdaysAreWorkingDays(LocalDate date, DayOfWeek weekday, String why) {
            assertThat(date.getDayOfWeek()).isEqualTo(weekday);
            assertThat(calendar.isWorkingDay(date)).as(why).isTrue();
        }

        @ParameterizedTest(name = "{0} ({1})")
        @CsvSource({
                "2026-01-03, SATURDAY",
                "2026-01-11, SUNDAY",
                "2026-03-07, SATURDAY",
                "2026-03-08, SUNDAY",
                "2026-08-23, SUNDAY",
                "2026-08-29, SATURDAY",
                "2026-04-26, SUNDAY", // Hùng Kings on a Sunday: a holiday row, still a day off
                "2027-05-01, SATURDAY", // Labour Day on a Saturday
        })
        void weekendsAreDaysOff(LocalDate date, DayOfWeek weekday) {
            assertThat(date.getDayOfWeek()).isEqualTo(weekday);
            assertThat(calendar.isWorkingDay(date)).isFalse();
        }

        @Test
        void theExceptionOfADayIsExposedWithItsKind() {
            assertThat(calendar.exceptionOn(LocalDate.of(2026, 1, 10))).get()
                    .extracting(CalendarDay::kind).isEqualTo(DayKind.WORKING_SATURDAY);
            assertThat(calendar.exceptionOn(LocalDate.of(2026, 2, 17))).get()
                    .satisfies(day -> {
                        assertThat(day.kind()).isEqualTo(DayKind.HOLIDAY);
                        assertThat(day.nameVi()).isEqualTo("Mùng 1 Tết Bính Ngọ");
                        assertThat(day.confirmed()).isTrue();
                    });
            assertThat(calendar.exceptionOn(LocalDate.of(2026, 3, 10))).isEmpty();
        }

        @ParameterizedTest(name = "next working day after {0} is {1}")
        @CsvSource({
                "2026-02-13, 2026-02-23", // Fri before Tết -> Mon after Tết
                "2026-04-29, 2026-05-04", // Wed before 30/4-1/5 -> Mon
                "2026-08-21, 2026-08-22", // Fri -> make-up Saturday
                "2026-08-22, 2026-08-24", // make-up Saturday -> Monday
                "2026-08-28, 2026-09-03", // Fri -> Thu after 31/8 swap and National Day
                "2026-01-09, 2026-01-10", // Fri -> make-up Saturday
                "2025-12-31, 2026-01-05", // Wed -> Mon after New Year
                "2026-03-06, 2026-03-09", // ordinary Friday -> Monday
        })
        void nextWorkingDaySkipsWeekendsAndHolidays(LocalDate from, LocalDate expected) {
            assertThat(calendar.nextWorkingDayAfter(from)).isEqualTo(expected);
        }

        @Test
        void workingDaysBetweenCountsDaysAfterTheStartUpToTheEnd() {
            // 23, 24, 25 Feb 2026 (Tết 16-20 Feb and the weekends excluded)
            assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 25))).isEqualTo(3);
            assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 10))).isZero();
        }
    }

    @Nested
    class WorkingDayDeadlines {

        @Test
        void threeWorkingDayDossierReceivedFridayBeforeTetIsDueWednesdayAfterTet() {
            // Received Fri 13/2/2026; 14-15 weekend, 16-20 Tết, 21-22 weekend; then Mon 23 (1), Tue 24 (2), Wed 25 (3)
            LocalDateTime due = calendar.dueAt(at("2026-02-13", "10:00"), workingDays(3));

            assertThat(due).isEqualTo(LocalDate.of(2026, 2, 25).atTime(DESK_CLOSES));
        }

        @ParameterizedTest(name = "{1} working day(s) from {0} -> {2}")
        @CsvSource({
                "2026-02-12T09:00, 1, 2026-02-13", // Thu -> Fri before Tết
                "2026-02-12T09:00, 2, 2026-02-23", // Thu -> Mon after Tết
                "2026-02-13T10:00, 1, 2026-02-23",
                "2026-02-13T10:00, 3, 2026-02-25",
                "2026-04-29T09:00, 1, 2026-05-04", // Wed before 30/4 -> Mon 4/5
                "2026-04-28T09:00, 2, 2026-05-04", // Tue: Wed 29 (1), Mon 4/5 (2)
                "2026-08-21T09:00, 1, 2026-08-22", // Fri -> make-up Saturday 22/8
                "2026-08-21T09:00, 2, 2026-08-24", // Fri: Sat 22/8 (1), Mon 24/8 (2)
                "2026-08-27T09:00, 2, 2026-09-03", // Thu: Fri 28/8 (1), Thu 3/9 (2)
        })
        void workingDayDeadlinesSkipHolidaysAndWeekends(LocalDateTime receivedAt, int value, LocalDate due) {
            assertThat(calendar.appointmentDate(receivedAt, workingDays(value))).isEqualTo(due);
        }

        @Test
        void nationalDaySwapMakesSaturdayTwentySecondAWorkingDayAndMondayThirtyFirstADayOff() {
            // Received Fri 28/8/2026: 29 Sat, 30 Sun, 31 Mon swapped off, 1-2 Sep National Day -> Thu 3 Sep
            assertThat(calendar.appointmentDate(at("2026-08-28", "09:00"), workingDays(1)))
                    .isEqualTo(LocalDate.of(2026, 9, 3));
            // Received Thu 20/8/2026: Fri 21 (1), Sat 22 make-up (2), Mon 24 (3)
            assertThat(calendar.appointmentDate(at("2026-08-20", "09:00"), workingDays(3)))
                    .isEqualTo(LocalDate.of(2026, 8, 24));
        }

        @Test
        void newYearSwapMakesSaturdayTenthAWorkingDayAndFridaySecondADayOff() {
            // Received Wed 31/12/2025: 1 Jan holiday, 2 Jan swapped off, 3-4 weekend -> Mon 5 Jan
            assertThat(calendar.appointmentDate(at("2025-12-31", "09:00"), workingDays(1)))
                    .isEqualTo(LocalDate.of(2026, 1, 5));
            // Received Fri 9/1/2026 -> make-up Saturday 10/1
            assertThat(calendar.appointmentDate(at("2026-01-09", "09:00"), workingDays(1)))
                    .isEqualTo(LocalDate.of(2026, 1, 10));
        }

        @Test
        void sameWorkingDayDossierReceivedOnMakeUpSaturdayIsReturnedThatSaturday() {
            assertThat(calendar.dueAt(at("2026-01-10", "09:30"), sameWorkingDayWithCutoff()))
                    .isEqualTo(LocalDate.of(2026, 1, 10).atTime(DESK_CLOSES));
            assertThat(calendar.appointmentDate(at("2026-08-22", "10:00"), sameWorkingDayWithCutoff()))
                    .isEqualTo(LocalDate.of(2026, 8, 22));
        }

        @Test
        void zeroWorkingDaysIsTheSameWorkingDayByClosingTime() {
            assertThat(calendar.dueAt(at("2026-03-10", "09:00"), workingDays(0)))
                    .isEqualTo(LocalDate.of(2026, 3, 10).atTime(DESK_CLOSES));
        }

        @Test
        void dossierReceivedOnSundayCountsFromMonday() {
            // Sun 8/3/2026 -> reception day Mon 9/3
            assertThat(calendar.receptionDay(at("2026-03-08", "10:00"), workingDays(1)))
                    .isEqualTo(LocalDate.of(2026, 3, 9));
            assertThat(calendar.appointmentDate(at("2026-03-08", "10:00"), workingDays(0)))
                    .isEqualTo(LocalDate.of(2026, 3, 9));
            assertThat(calendar.appointmentDate(at("2026-03-08", "10:00"), workingDays(1)))
                    .isEqualTo(LocalDate.of(2026, 3, 10));
        }

        @Test
        void dossierReceivedOnAHolidayCountsFromTheNextWorkingDay() {
            // Fri 2/1/2026 is the swapped day off -> counts from Mon 5/1
            assertThat(calendar.appointmentDate(at("2026-01-02", "09:00"), workingDays(0)))
                    .isEqualTo(LocalDate.of(2026, 1, 5));
            // Tue 17/2/2026 (Tết) -> counts from Mon 23/2; 2 working days -> Wed 25/2
            assertThat(calendar.appointmentDate(at("2026-02-17", "09:00"), workingDays(2)))
                    .isEqualTo(LocalDate.of(2026, 2, 25));
        }
    }

    @Nested
    class Cutoff {

        @Test
        void dossierReceivedAfterCutoffCountsFromNextWorkingDay() {
            LocalDateTime receivedAt = at("2026-03-10", "15:30"); // Tuesday

            assertThat(calendar.receptionDay(receivedAt, sameWorkingDayWithCutoff())).isEqualTo(LocalDate.of(2026, 3, 11));
            assertThat(calendar.appointmentDate(receivedAt, sameWorkingDayWithCutoff())).isEqualTo(LocalDate.of(2026, 3, 11));
        }

        @ParameterizedTest(name = "received {0} on Tue 10/3/2026 -> same day")
        @CsvSource({"08:00", "14:59", "15:00"})
        void dossierReceivedBeforeOrAtCutoffCountsFromTheSameDay(LocalTime time) {
            LocalDateTime receivedAt = LocalDate.of(2026, 3, 10).atTime(time);

            assertThat(calendar.appointmentDate(receivedAt, sameWorkingDayWithCutoff())).isEqualTo(LocalDate.of(2026, 3, 10));
        }

        @Test
        void dossierReceivedAfterCutoffOnFridayBeforeTetIsReturnedAfterTet() {
            assertThat(calendar.appointmentDate(at("2026-02-13", "15:30"), sameWorkingDayWithCutoff()))
                    .isEqualTo(LocalDate.of(2026, 2, 23));
            // 3 working days counted from Mon 23/2: Tue 24, Wed 25, Thu 26
            assertThat(calendar.appointmentDate(at("2026-02-13", "15:30"), workingDays(3).withCutoff(CUTOFF)))
                    .isEqualTo(LocalDate.of(2026, 2, 26));
        }

        @Test
        void dossierReceivedAfterCutoffBeforeReunificationDayIsReturnedMondayFourthOfMay() {
            assertThat(calendar.appointmentDate(at("2026-04-29", "16:00"), sameWorkingDayWithCutoff()))
                    .isEqualTo(LocalDate.of(2026, 5, 4));
        }

        @Test
        void withoutCutoffALateDossierStillCountsFromTheSameDay() {
            assertThat(calendar.appointmentDate(at("2026-03-10", "16:45"), workingDays(0)))
                    .isEqualTo(LocalDate.of(2026, 3, 10));
        }

        @Test
        void defaultCutoffAppliesToProceduresWithoutTheirOwn() throws IOException {
            AppointmentCalendar withDefault = calendarWithPending(PENDING_WORKING_DAYS, Optional.of(CUTOFF));

            assertThat(withDefault.appointmentDate(at("2026-03-10", "15:30"), workingDays(0)))
                    .isEqualTo(LocalDate.of(2026, 3, 11));
        }

        @Test
        void procedureCutoffOverridesTheDefault() throws IOException {
            AppointmentCalendar withDefault = calendarWithPending(PENDING_WORKING_DAYS, Optional.of(LocalTime.of(11, 0)));

            assertThat(withDefault.appointmentDate(at("2026-03-10", "14:00"), sameWorkingDayWithCutoff()))
                    .isEqualTo(LocalDate.of(2026, 3, 10));
        }
    }

    @Nested
    class CalendarDayDeadlines {

        @Test
        void calendarDaysThatEndOnAWorkingDayStayThere() {
            // Mon 2/3/2026 + 15 days = Tue 17/3/2026
            assertThat(calendar.dueAt(at("2026-03-02", "09:00"), calendarDays(15)))
                    .isEqualTo(LocalDate.of(2026, 3, 17).atTime(DESK_CLOSES));
        }

        @Test
        void calendarDaysLandingOnAWeekendMoveToTheNextWorkingDay() {
            // Mon 2/3/2026 + 5 days = Sat 7/3 -> Mon 9/3
            assertThat(calendar.appointmentDate(at("2026-03-02", "09:00"), calendarDays(5)))
                    .isEqualTo(LocalDate.of(2026, 3, 9));
        }

        @ParameterizedTest(name = "{1} days from {0} lands on a holiday -> {2}")
        @CsvSource({
                "2026-02-02T09:00, 15, 2026-02-23", // Mon + 15 = Tue 17/2 (Tết) -> Mon 23/2
                "2026-04-21T09:00, 10, 2026-05-04", // Tue + 10 = Fri 1/5 (Labour Day) -> Mon 4/5
                "2026-08-21T09:00, 10, 2026-09-03", // Fri + 10 = Mon 31/8 (swapped off) -> Thu 3/9
        })
        void calendarDaysLandingOnAHolidayMoveToTheNextWorkingDay(LocalDateTime receivedAt, int days, LocalDate due) {
            assertThat(calendar.appointmentDate(receivedAt, calendarDays(days))).isEqualTo(due);
        }
    }

    @Nested
    class OtherUnits {

        @Test
        void immediateIsDueWhenReceived() {
            LocalDateTime receivedAt = at("2026-03-10", "10:15");
            assertThat(calendar.dueAt(receivedAt, new ProcessingPeriod(0, DurationUnit.IMMEDIATE, Optional.empty())))
                    .isEqualTo(receivedAt);
        }

        @Test
        void hoursAreAddedToTheReceptionTime() {
            assertThat(calendar.dueAt(at("2026-03-10", "10:15"), new ProcessingPeriod(4, DurationUnit.HOURS, null)))
                    .isEqualTo(at("2026-03-10", "14:15"));
        }

        @Test
        void aNegativeProcessingTimeIsRejected() {
            assertThatThrownBy(() -> ProcessingPeriod.workingDays(-1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class CultureDay {

        private static final LocalDate CULTURE_DAY_2026 = LocalDate.of(2026, 11, 24); // Tuesday
        private static final LocalDate CULTURE_DAY_2027 = LocalDate.of(2027, 11, 24); // Wednesday

        @Test
        void pendingCultureDayIsAWorkingDayWithTheDefaultPendingList() {
            assertThat(calendar.isWorkingDay(CULTURE_DAY_2026)).isTrue();
            assertThat(calendar.isWorkingDay(CULTURE_DAY_2027)).isTrue();
            assertThat(calendar.exceptionOn(CULTURE_DAY_2026)).isEmpty();
            // received Mon 23/11/2026, 1 working day -> Tue 24/11
            assertThat(calendar.appointmentDate(at("2026-11-23", "09:00"), workingDays(1))).isEqualTo(CULTURE_DAY_2026);
        }

        @Test
        void cultureDayIsADayOffWhenNoDateIsPending() throws IOException {
            AppointmentCalendar adopted = calendarWithPending(List.of(), Optional.empty());

            assertThat(adopted.isWorkingDay(CULTURE_DAY_2026)).isFalse();
            assertThat(adopted.isWorkingDay(CULTURE_DAY_2027)).isFalse();
            assertThat(adopted.exceptionOn(CULTURE_DAY_2026)).get().extracting(CalendarDay::confirmed).isEqualTo(false);
            assertThat(adopted.appointmentDate(at("2026-11-23", "09:00"), workingDays(1)))
                    .isEqualTo(LocalDate.of(2026, 11, 25));
        }

        @Test
        void pendingListOnlySparesUnconfirmedRows() throws IOException {
            // Listing a confirmed holiday as "pending" must not turn it into a working day
            AppointmentCalendar odd = calendarWithPending(List.of(LocalDate.of(2026, 9, 2)), Optional.empty());

            assertThat(odd.isWorkingDay(LocalDate.of(2026, 9, 2))).isFalse();
        }
    }
}
