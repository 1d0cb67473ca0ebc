package vn.dvc.kiosk.dashboard;

/**
 * A measure as its numerator and denominator, so a screen can show "412 / 980" beside the percentage and roll rows
 * up without averaging averages.
 */
public record Ratio(long numerator, long denominator) {

    /** Null when there is nothing to divide by (no dossier of that kind in the period). */
    public Double value() {
        return denominator == 0 ? null : (double) numerator / denominator;
    }

    /** Whether the measure reaches {@code target}; false when there is nothing to measure. */
    public boolean meets(double target) {
        return denominator != 0 && numerator >= target * denominator;
    }
}
