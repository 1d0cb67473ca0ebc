package vn.dvc.kiosk.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** What the kiosks measured: each step's round trips (inside the measured window), journeys, errors. */
final class LoadFigures {

    /** The steps in the order a resident takes them, for the table. */
    private static final List<String> JOURNEY_ORDER = List.of("home", "procedure page", "start filing", "choose camera",
            "camera frame, no card", "camera frame, card", "confirm card", "consent", "question", "review", "submit",
            "finish");

    private final Map<String, List<Long>> steps = new LinkedHashMap<>();
    private final Map<String, long[]> answerChars = new LinkedHashMap<>();
    private final AtomicInteger journeys = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private final List<String> firstErrors = new ArrayList<>();
    private volatile boolean measuring;

    void measure(boolean on) {
        measuring = on;
    }

    void record(String step, long nanos, long chars) {
        if (!measuring) {
            return;
        }
        synchronized (steps) {
            steps.computeIfAbsent(step, s -> new ArrayList<>()).add(nanos);
            long[] sum = answerChars.computeIfAbsent(step, s -> new long[2]);
            sum[0] += chars;
            sum[1]++;
        }
    }

    void journeyDone() {
        if (measuring) {
            journeys.incrementAndGet();
        }
    }

    /** Errors count whenever they happen: ramp-up and wind-down included. */
    void error(Throwable failure) {
        errors.incrementAndGet();
        synchronized (firstErrors) {
            if (firstErrors.size() < 8) {
                String message = failure.getClass().getSimpleName() + ": " + failure.getMessage();
                firstErrors.add(message.length() > 400 ? message.substring(0, 400) + "…" : message);
            }
        }
    }

    int journeys() {
        return journeys.get();
    }

    int errors() {
        return errors.get();
    }

    List<String> firstErrors() {
        synchronized (firstErrors) {
            return List.copyOf(firstErrors);
        }
    }

    /** Step name, count, p50, p95, p99, max in ms, mean answer size in thousands of characters; then all steps. */
    List<String[]> table() {
        List<String[]> rows = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        synchronized (steps) {
            List<String> names = new ArrayList<>(JOURNEY_ORDER);
            steps.keySet().stream().filter(step -> !names.contains(step)).forEach(names::add);
            for (String step : names) {
                List<Long> nanos = steps.get(step);
                if (nanos != null) {
                    long[] sum = answerChars.get(step);
                    rows.add(row(step, nanos, String.format(java.util.Locale.ROOT, "%.1f", sum[0] / 1000.0 / sum[1])));
                    all.addAll(nanos);
                }
            }
        }
        rows.add(row("all steps", all, ""));
        return rows;
    }

    private static String[] row(String step, List<Long> nanos, String answerKiloChars) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return new String[] {step, String.valueOf(sorted.length), ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                ms(sorted, 1.0), answerKiloChars};
    }

    static double quantile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static String ms(long[] sorted, double q) {
        return String.format(java.util.Locale.ROOT, "%.1f", quantile(sorted, q));
    }
}
