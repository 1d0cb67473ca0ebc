package vn.dvc.kiosk.shared.text;

/**
 * Numbers in Vietnamese words, as receipts write amounts ("Bằng chữ: Hai mươi nghìn đồng"). The written standard of
 * accounting documents: groups of three digits named nghìn, triệu, tỷ (then nghìn tỷ, triệu tỷ, ...); a group after
 * the first is read in full ("một nghìn không trăm linh năm"), a group of zeros is left out ("một triệu không trăm
 * linh năm"); "mười" for 10–19 and "mươi" from 20; "mốt" for a 1 after mươi but "một" after mười ("hai mươi mốt",
 * "mười một"); "lăm" for a 5 after a ten ("mười lăm", "hai mươi lăm"), "năm" otherwise ("một trăm linh năm"); "linh"
 * (the northern and official word; the south says "lẻ") for a zero ten before a unit. Output is NFC, lower case.
 */
public final class VietnameseNumberWords {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final long BILLION = 1_000_000_000L;

    private VietnameseNumberWords() {
    }

    /** "hai mươi nghìn" for 20000; "âm" before a negative number. */
    public static String of(long number) {
        if (number == Long.MIN_VALUE) {
            throw new IllegalArgumentException("Out of range: " + number);
        }
        if (number < 0) {
            return "âm " + of(-number);
        }
        if (number == 0) {
            return DIGITS[0];
        }
        StringBuilder words = new StringBuilder();
        upToBillions(number, false, words);
        return words.toString();
    }

    /** An amount of money as a receipt writes it: "Hai mươi nghìn đồng". */
    public static String amountVnd(long amountVnd) {
        String words = of(amountVnd) + " đồng";
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * Reads a number of any size: what is above a billion is itself read as a number followed by "tỷ" (so 10^12 is
     * "một nghìn tỷ"), then the rest below a billion.
     *
     * @param full whether something was read before, so a leading group of this part is read with its zeros
     */
    private static void upToBillions(long number, boolean full, StringBuilder words) {
        long billions = number / BILLION;
        long rest = number % BILLION;
        if (billions > 0) {
            upToBillions(billions, full, words);
            append(words, "tỷ");
            full = true;
        }
        String[] names = {"triệu", "nghìn", null};
        long[] sizes = {1_000_000L, 1_000L, 1L};
        for (int i = 0; i < sizes.length; i++) {
            int group = (int) (rest / sizes[i] % 1000);
            if (group == 0) {
                continue;
            }
            group(group, full, words);
            if (names[i] != null) {
                append(words, names[i]);
            }
            full = true;
        }
    }

    /** One group of three digits, 1–999. */
    private static void group(int group, boolean full, StringBuilder words) {
        int hundreds = group / 100;
        int tens = group / 10 % 10;
        int units = group % 10;
        boolean hundredsRead = full || hundreds > 0;
        if (hundredsRead) {
            append(words, DIGITS[hundreds]);
            append(words, "trăm");
        }
        switch (tens) {
            case 0 -> {
                if (units > 0) {
                    if (hundredsRead) {
                        append(words, "linh");
                    }
                    append(words, DIGITS[units]);
                }
            }
            case 1 -> {
                append(words, "mười");
                if (units > 0) {
                    append(words, units == 5 ? "lăm" : DIGITS[units]);
                }
            }
            default -> {
                append(words, DIGITS[tens]);
                append(words, "mươi");
                if (units > 0) {
                    append(words, units == 1 ? "mốt" : units == 5 ? "lăm" : DIGITS[units]);
                }
            }
        }
    }

    private static void append(StringBuilder words, String word) {
        if (!words.isEmpty()) {
            words.append(' ');
        }
        words.append(word);
    }
}
