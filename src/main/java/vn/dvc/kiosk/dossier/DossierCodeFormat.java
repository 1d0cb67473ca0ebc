package vn.dvc.kiosk.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The dossier code pattern (Circular 01/2018/TT-VPCP: {@code {unit}-{yyMMdd}-{NNNN}}, e.g.
 * {@code 000.17.22.H56-210531-0001}). In a pattern, {@code {unit}} is the receiving unit code, {@code {N…}} the
 * unit's daily sequence number zero-padded to as many digits as there are N (a larger number keeps all its digits),
 * any other {@code {…}} a {@link DateTimeFormatter} pattern for the day, and everything else is copied as is.
 */
final class DossierCodeFormat {

    static final String CIRCULAR_01_2018 = "{unit}-{yyMMdd}-{NNNN}";

    private sealed interface Part permits Literal, Unit, Day, Sequence {
    }

    private record Literal(String text) implements Part {
    }

    private record Unit() implements Part {
    }

    private record Day(DateTimeFormatter format) implements Part {
    }

    private record Sequence(int digits) implements Part {
    }

    private final String pattern;
    private final List<Part> parts;

    DossierCodeFormat(String pattern) {
        this.pattern = pattern;
        this.parts = parse(pattern);
        long units = parts.stream().filter(Unit.class::isInstance).count();
        long sequences = parts.stream().filter(Sequence.class::isInstance).count();
        boolean dated = parts.stream().anyMatch(Day.class::isInstance);
        // the counter restarts every day and per unit: without both in the code, two dossiers would share one
        if (units != 1 || sequences != 1 || !dated) {
            throw new IllegalArgumentException("A dossier code pattern needs {unit}, one date such as {yyMMdd} and"
                    + " one sequence such as {NNNN}: " + pattern);
        }
    }

    String format(String receivingUnitCode, LocalDate day, int sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("Dossier sequence numbers start at 1: " + sequence);
        }
        StringBuilder code = new StringBuilder();
        for (Part part : parts) {
            switch (part) {
                case Literal literal -> code.append(literal.text());
                case Unit unit -> code.append(receivingUnitCode);
                case Day date -> code.append(date.format().format(day));
                case Sequence number -> code.append(zeroPadded(sequence, number.digits()));
            }
        }
        return code.toString();
    }

    @Override
    public String toString() {
        return pattern;
    }

    private static String zeroPadded(int value, int digits) {
        String plain = Integer.toString(value);
        return plain.length() >= digits ? plain : "0".repeat(digits - plain.length()) + plain;
    }

    private static List<Part> parse(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("The dossier code pattern is empty");
        }
        List<Part> parts = new ArrayList<>();
        int at = 0;
        while (at < pattern.length()) {
            int open = pattern.indexOf('{', at);
            int close = pattern.indexOf('}', at);
            if (open < 0) {
                if (close >= 0) {
                    throw new IllegalArgumentException("Unmatched } in dossier code pattern " + pattern);
                }
                parts.add(new Literal(pattern.substring(at)));
                break;
            }
            if (close < open) {
                throw new IllegalArgumentException("Unmatched braces in dossier code pattern " + pattern);
            }
            if (open > at) {
                parts.add(new Literal(pattern.substring(at, open)));
            }
            parts.add(placeholder(pattern.substring(open + 1, close), pattern));
            at = close + 1;
        }
        return List.copyOf(parts);
    }

    private static Part placeholder(String name, String pattern) {
        if (name.equals("unit")) {
            return new Unit();
        }
        if (!name.isEmpty() && name.chars().allMatch(c -> c == 'N')) {
            return new Sequence(name.length());
        }
        if (name.isEmpty() || name.indexOf('{') >= 0) {
            throw new IllegalArgumentException("Bad placeholder {" + name + "} in dossier code pattern " + pattern);
        }
        try {
            return new Day(DateTimeFormatter.ofPattern(name));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Bad date {" + name + "} in dossier code pattern " + pattern, e);
        }
    }
}
