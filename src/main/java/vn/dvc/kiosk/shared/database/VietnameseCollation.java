package vn.dvc.kiosk.shared.database;

/**
 * The collation Vietnamese text is sorted with: UCA 14 with the Vietnamese tailoring (a < ă < â, d < đ, tones
 * ordered), accent-sensitive so that names differing only in a tone stay distinct. Searching does not rely on it:
 * features search a folded key (see {@code VietnameseText.fold}).
 */
public final class VietnameseCollation {

    /** Available from MariaDB 10.10, so the same schema runs on the embedded 11.4 and on Debian's 10.11 cluster. */
    public static final String NAME = "utf8mb4_uca1400_vietnamese_as_ci";

    private VietnameseCollation() {
    }
}
