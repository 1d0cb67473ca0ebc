package vn.dvc.kiosk.shared.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chart of rates in percent (0–100 %) drawn by Chart.js in the browser ({@code frontend/components/dvc-rate-chart.ts}):
 * Vaadin Charts is commercial. {@link Kind#BAR} ranks places with horizontal bars, dark red below the target and dark
 * green at or above it when there is one series; {@link Kind#LINE} follows months, one line per series. The target is
 * a dashed line. Every text (labels, series names, the target's name, the accessible name) is passed in already
 * translated. The chart is one image to assistive technology: show the same figures in a table beside it.
 */
@Tag("dvc-rate-chart")
@JsModule("./components/dvc-rate-chart.ts")
@NpmPackage(value = "chart.js", version = "4.6.2")
public class RateChart extends Component implements HasSize {

    public enum Kind {
        /** Horizontal bars, one per label (places ranked). */
        BAR,
        /** Months on the x axis, one line per series. */
        LINE
    }

    /**
     * One series: a value from 0 to 100 per label, in the labels' order, {@code null} where there is no data (no bar,
     * or a gap in the line, rather than a misleading zero).
     */
    public record Series(String name, List<Double> percents) {
        public Series {
            Objects.requireNonNull(name, "name");
            // List.copyOf refuses the nulls that mean "no data"
            percents = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(percents, "percents")));
        }
    }

    public RateChart(Kind kind) {
        getElement().setProperty("kind", Objects.requireNonNull(kind, "kind").name().toLowerCase(Locale.ROOT));
    }

    /** The chart's name for screen readers (the aria-label of its role="img"), e.g. what it shows and for when. */
    public void setAccessibleName(String name) {
        getElement().setProperty("accessibleName", name == null ? "" : name);
    }

    /**
     * Draws these figures, replacing any before.
     *
     * @param labels        places (BAR) or months (LINE), as shown
     * @param series        each with exactly one value or {@code null} per label
     * @param targetPercent the target, 0–100, drawn as a dashed line; {@code null} for none (bars are then not
     *                      coloured by it)
     * @param targetLabel   the target's name in the legend, e.g. "Mục tiêu 50%"; ignored without a target
     */
    public void setData(List<String> labels, List<Series> series, Double targetPercent, String targetLabel) {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(series, "series");
        if (targetPercent != null) {
            checkPercent(targetPercent, "target");
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        ArrayNode labelArray = data.putArray("labels");
        labels.forEach(label -> labelArray.add(Objects.requireNonNull(label, "label")));
        ArrayNode seriesArray = data.putArray("series");
        for (Series s : series) {
            if (s.percents().size() != labels.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.percents().size()
                        + " values for " + labels.size() + " labels");
            }
            ObjectNode node = seriesArray.addObject();
            node.put("name", s.name());
            ArrayNode values = node.putArray("percents");
            for (Double value : s.percents()) {
                if (value == null) {
                    values.addNull();
                } else {
                    values.add(checkPercent(value, s.name()));
                }
            }
        }
        if (targetPercent == null) {
            data.putNull("target");
            data.putNull("targetLabel");
        } else {
            data.put("target", targetPercent);
            data.put("targetLabel", targetLabel == null ? "" : targetLabel);
        }
        getElement().setPropertyJson("chartData", data);
    }

    private static double checkPercent(double value, String what) {
        // a value off the fixed 0–100 axis would be cut off without a word: better a clear error for the caller
        if (!(value >= 0 && value <= 100)) {
            throw new IllegalArgumentException(what + ": " + value + " is not a percent from 0 to 100");
        }
        return value;
    }
}
