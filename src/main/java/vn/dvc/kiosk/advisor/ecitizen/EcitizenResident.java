package vn.dvc.kiosk.advisor.ecitizen;

import java.time.Instant;

/**
 * A resident enrolled in the campaign, as the screens show them: never their full ID number, which is not stored.
 *
 * @param idLastFour the last 4 digits of their ID number, to tell two people of the same name apart
 */
public record EcitizenResident(long id, String fullName, String idLastFour, String communeCode, String groupCode,
        Instant consentGivenAt, Checklist checklist) {
}
