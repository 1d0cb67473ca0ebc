package vn.dvc.kiosk.advisor.ecitizen;

/**
 * Two tablets enrolled the same resident at the same moment and the other one won (the unique key on commune and
 * hash): {@link EcitizenCampaign#find} now returns that record, so the screen carries on with it.
 */
public class EnrolledElsewhereJustNow extends RuntimeException {

    EnrolledElsewhereJustNow(Throwable cause) {
        super("The same resident was enrolled at the same moment on another tablet", cause);
    }
}
