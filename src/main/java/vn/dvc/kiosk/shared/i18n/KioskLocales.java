package vn.dvc.kiosk.shared.i18n;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The languages of the kiosk, Vietnamese first, and how numbers and dates are written in them. */
public final class KioskLocales {

    public static final Locale VIETNAMESE = Locale.of("vi", "VN");
    public static final Locale ENGLISH = Locale.of("en", "GB");
    public static final List<Locale> ALL = List.of(VIETNAMESE, ENGLISH);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private KioskLocales() {
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    public static Locale of(String tag) {
        return "en".equalsIgnoreCase(tag) ? ENGLISH : VIETNAMESE;
    }

    /** 1.800.000 in Vietnamese, 1,800,000 in English. */
    public static String money(long amountVnd, Locale locale) {
        return NumberFormat.getIntegerInstance(isEnglish(locale) ? ENGLISH : VIETNAMESE).format(amountVnd);
    }

    /** Vietnamese residents read dd/MM/yyyy whatever the language. */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "14:30 ngày 24/11/2026" is how a time and day are said; "14:30 24/11/2026" reads the same in English. */
    public static String dayAndTime(java.time.LocalDateTime time) {
        return String.format("%02d:%02d %s", time.getHour(), time.getMinute(), DAY.format(time.toLocalDate()));
    }
}
