package vn.dvc.kiosk.dashboard.ui;

import java.text.NumberFormat;
import java.util.Locale;

import vn.dvc.kiosk.dashboard.Ratio;
import vn.dvc.kiosk.shared.i18n.KioskLocales;

/** How shares, gaps and counts are written on the dashboard: "45,3%" and "−4,7" in Vietnamese, "45.3%" in English. */
final class Shares {

    private final NumberFormat oneDecimal;
    private final NumberFormat whole;

    Shares(Locale locale) {
        Locale written = KioskLocales.isEnglish(locale) ? KioskLocales.ENGLISH : KioskLocales.VIETNAMESE;
        oneDecimal = NumberFormat.getNumberInstance(written);
        oneDecimal.setMinimumFractionDigits(1);
        oneDecimal.setMaximumFractionDigits(1);
        whole = NumberFormat.getIntegerInstance(written);
    }

    /** "45,3%", or "—" when there was nothing to divide by. */
    String percent(Ratio ratio) {
        return ratio.value() == null ? "—" : percent(ratio.value());
    }

    String percent(double fraction) {
        return oneDecimal.format(fraction * 100) + "%";
    }

    /** The gap to the target in percentage points, signed with a real minus sign: "−4,7", "+2,0". */
    String points(double gapFraction) {
        String number = oneDecimal.format(Math.abs(gapFraction * 100));
        return (gapFraction < 0 ? "\u2212" : "+") + number;
    }

    /** The size of the gap without its sign, for sentences that say "short" or "above": "4,7". */
    String pointsApart(double gapFraction) {
        return oneDecimal.format(Math.abs(gapFraction * 100));
    }

    /** The average of 1–5 scores: "4,2". */
    String score(Ratio sumOverCount) {
        return sumOverCount.value() == null ? "—" : score(sumOverCount.value());
    }

    String score(double score) {
        return oneDecimal.format(score);
    }

    String count(long count) {
        return whole.format(count);
    }

    /** The gap of a share to its target, null when there is nothing to measure. */
    static Double gap(Ratio ratio, double target) {
        return ratio.value() == null ? null : ratio.value() - target;
    }
}
