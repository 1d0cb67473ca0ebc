package vn.dvc.kiosk.shared.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;

/** Placeholder until the chart component lands (branch chart). */
@Tag("dvc-rate-chart")
public class RateChart extends Component implements HasSize {

    public enum Kind { BAR, LINE }

    public record Series(String name, List<Double> percents) {
    }

    public RateChart(Kind kind) {
    }

    public void setAccessibleName(String name) {
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", name);
    }

    public void setData(List<String> labels, List<Series> series, Double targetPercent, String targetLabel) {
    }
}
