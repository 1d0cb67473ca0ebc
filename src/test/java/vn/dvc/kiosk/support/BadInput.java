package vn.dvc.kiosk.support;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Seeded random bad input for the fuzz suites, which run as plain JUnit in every build. Neither Jazzer (not served by
 * this build's registry) nor jqwik (1.10.1 is built against JUnit Platform 1.14; this project runs Platform 6) is
 * used: a fixed seed makes every run try the same cases, and a failing case is printed, so it can be replayed.
 * Set {@code -Dbadinput.seed=...} to try other cases, and {@code -Dbadinput.scale=10} for ten times as many.
 */
public final class BadInput {

    /** Strings a form field or parameter should survive: injections, markup, separators, odd Unicode. */
    public static final List<String> NASTY = List.of(
            "", " ", "\t", "\r\n", "\u0000", "\u0000\u0001\u0002\u001F\u007F", "\u0085\u2028\u2029",
            "' OR '1'='1", "'; DROP TABLE dossier; --", "\" OR \"\"=\"", "1; SELECT SLEEP(10)", "%27%20OR%201=1",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg/onload=alert(1)>",
            "javascript:alert(1)", "{{7*7}}", "${7*7}", "#{7*7}", "${jndi:ldap://x/a}", "../../../../etc/passwd",
            "%00", "%", "%%", "&", "=", "&&==", "|", "||||||", "\\", "\\u0000", "null", "NaN", "-1", "0",
            "99999999999999999999999999", "1e309", "-0", "0x10", "١٢٣", "１２３",
            "Nguyễn Văn An", Normalizer.normalize("Nguyễn Văn An", Normalizer.Form.NFD),
            "Nguyễn " + Normalizer.normalize("Thị Hường", Normalizer.Form.NFD), "🇻🇳😀👨‍👩‍👧", "\uD83D", "\uDE00x",
            "\uFEFF\u200B\u200D\u202E", "ǅ", "İ", "ß", "Ω", "e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301");

    private static final long SEED = Long.getLong("badinput.seed", 20261207L);
    private static final int SCALE = Integer.getInteger("badinput.scale", 1);

    private final SplittableRandom random;

    public BadInput(long salt) {
        this.random = new SplittableRandom(SEED ^ salt);
    }

    /** How many random cases a suite should try: its own count times {@code -Dbadinput.scale}. */
    public static int cases(int base) {
        return base * SCALE;
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    public boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    public <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** A short piece of text of a random kind: nasty, Vietnamese (NFC or NFD), digits, any code point. */
    public String piece() {
        return switch (random.nextInt(7)) {
            case 0 -> pick(NASTY);
            case 1 -> vietnamese(1 + random.nextInt(20));
            case 2 -> Normalizer.normalize(vietnamese(1 + random.nextInt(20)), Normalizer.Form.NFD);
            case 3 -> digits(random.nextInt(20));
            case 4 -> anyCodePoints(random.nextInt(30));
            case 5 -> Character.toString(0x1F600 + random.nextInt(80)).repeat(1 + random.nextInt(5));
            default -> controlCharacters(1 + random.nextInt(5));
        };
    }

    /** Several pieces glued together, now and then enormous (up to 100,000 characters). */
    public String text() {
        if (chance(2)) {
            String piece = piece() + "x";
            return piece.repeat(Math.max(1, (50_000 + random.nextInt(50_001)) / piece.length()));
        }
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(4);
        for (int i = 0; i < pieces; i++) {
            text.append(piece());
        }
        return text.toString();
    }

    public String digits(int length) {
        StringBuilder digits = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    public String vietnamese(int length) {
        String letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
                + "AĂÂĐÊÔƠƯ ";
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(letters.charAt(random.nextInt(letters.length())));
        }
        return text.toString();
    }

    /** Any code points, lone surrogates included (a broken UTF-16 string is still a Java string). */
    public String anyCodePoints(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int codePoint = random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(Character.MAX_CODE_POINT + 1);
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    public String controlCharacters(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) (random.nextBoolean() ? random.nextInt(0x20) : 0x7F + random.nextInt(0x21)));
        }
        return text.toString();
    }

    public byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        new Random(random.nextLong()).nextBytes(bytes);
        return bytes;
    }

    /** A valid input damaged a little: bytes flipped, cut off, a piece repeated or a random block inserted. */
    public byte[] mutate(byte[] valid) {
        byte[] out = valid.clone();
        switch (random.nextInt(4)) {
            case 0 -> {
                int flips = 1 + random.nextInt(16);
                for (int i = 0; i < flips && out.length > 0; i++) {
                    out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> out = java.util.Arrays.copyOf(out, random.nextInt(Math.max(1, out.length)));
            case 2 -> {
                int at = random.nextInt(Math.max(1, out.length));
                byte[] block = bytes(1 + random.nextInt(64));
                byte[] longer = new byte[out.length + block.length];
                System.arraycopy(out, 0, longer, 0, at);
                System.arraycopy(block, 0, longer, at, block.length);
                System.arraycopy(out, at, longer, at + block.length, out.length - at);
                out = longer;
            }
            default -> {
                // the header kept, the rest random: a right magic number in front of garbage
                int keep = Math.min(out.length, 8 + random.nextInt(64));
                byte[] rest = bytes(random.nextInt(2048));
                byte[] longer = new byte[keep + rest.length];
                System.arraycopy(out, 0, longer, 0, keep);
                System.arraycopy(rest, 0, longer, keep, rest.length);
                out = longer;
            }
        }
        return out;
    }

    /**
     * Counts what a suite tried and what went wrong, and prints one line for the build log ("QR parser: 20000
     * inputs, 0 unexpected exceptions"). The first few failures are kept with their input, for the assertion message.
     */
    public static final class Tally {
        private final String suite;
        private int tried;
        private final List<String> unexpected = new ArrayList<>();
        private int unexpectedCount;

        public Tally(String suite) {
            this.suite = suite;
        }

        /** Runs one case; {@code check} returns null when the outcome is as expected, else what was wrong. */
        public <T> void attempt(T input, Function<T, String> check, Function<T, String> describe) {
            tried++;
            String problem;
            try {
                problem = check.apply(input);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError unexpectedThrowable) {
                problem = unexpectedThrowable.toString();
            }
            if (problem != null) {
                unexpectedCount++;
                if (unexpected.size() < 5) {
                    unexpected.add(problem + " for " + describe.apply(input));
                }
            }
        }

        public int tried() {
            return tried;
        }

        public List<String> unexpected() {
            return unexpected;
        }

        /** The summary line, printed, and returned for the test's assertion message. */
        public String report() {
            String line = suite + ": " + tried + " inputs, " + unexpectedCount + " unexpected outcomes";
            System.out.println("[bad input] " + line);
            return line;
        }

        /** Printable in a failure message: short, control characters escaped. */
        public static String describe(String text) {
            if (text == null) {
                return "null";
            }
            String shortened = text.length() > 120 ? text.substring(0, 120) + "… (" + text.length() + " chars)" : text;
            StringBuilder out = new StringBuilder("\"");
            shortened.codePoints().forEach(c -> {
                if (c < 0x20 || c >= 0x7F && c < 0xA0 || Character.getType(c) == Character.SURROGATE) {
                    out.append(String.format("\\u%04X", c));
                } else {
                    out.appendCodePoint(c);
                }
            });
            return out.append('"').toString();
        }
    }
}
