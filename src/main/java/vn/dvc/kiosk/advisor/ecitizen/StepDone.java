package vn.dvc.kiosk.advisor.ecitizen;

import java.time.LocalDate;

/**
 * A step ticked: on which day (the kiosk's time zone) and by which volunteer.
 *
 * @param helpedBy     the volunteer's username
 * @param helpedByName the volunteer's name as shown ("Đỗ Gia Huy")
 */
public record StepDone(EcitizenStep step, LocalDate doneOn, String helpedBy, String helpedByName) {
}
