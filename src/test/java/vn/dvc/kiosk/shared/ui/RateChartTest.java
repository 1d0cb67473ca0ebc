package vn.dvc.kiosk.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvc.kiosk.shared.ui.RateChart.Kind;
import vn.dvc.kiosk.shared.ui.RateChart.Series;

/** What the server hands the browser component: the property names and JSON shape dvc-rate-chart.ts reads. */
class RateChartTest {

    @Test
    void barSendsItsKindLabelsValuesWithNullsAndTheTarget() {
        RateChart chart = new RateChart(Kind.BAR);
        chart.setAccessibleName("Tỉ lệ hồ sơ đúng hạn theo xã, tháng 11/2026");
        chart.setData(List.of("Phường Láng", "Xã Đông Anh", "Phường Hoàn Kiếm"),
                List.of(new Series("Đúng hạn", Arrays.asList(72.5, null, 49.9))), 50.0, "Mục tiêu 50%");

        assertThat(chart.getElement().getProperty("kind")).isEqualTo("bar");
        assertThat(chart.getElement().getProperty("accessibleName"))
                .isEqualTo("Tỉ lệ hồ sơ đúng hạn theo xã, tháng 11/2026");
        JsonNode data = data(chart);
        assertThat(data.get("labels").toString()).isEqualTo("[\"Phường Láng\",\"Xã Đông Anh\",\"Phường Hoàn Kiếm\"]");
        assertThat(data.get("series")).hasSize(1);
        assertThat(data.get("series").get(0).get("name").asString()).isEqualTo("Đúng hạn");
        JsonNode percents = data.get("series").get(0).get("percents");
        assertThat(percents.toString()).isEqualTo("[72.5,null,49.9]");
        assertThat(percents.get(1).isNull()).as("no data stays null, not zero").isTrue();
        assertThat(data.get("target").asDouble()).isEqualTo(50.0);
        assertThat(data.get("targetLabel").asString()).isEqualTo("Mục tiêu 50%");
    }

    @Test
    void lineSendsEverySeriesInOrder() {
        RateChart chart = new RateChart(Kind.LINE);
        chart.setData(List.of("T1", "T2", "T3"), List.of(
                new Series("Hà Nội", List.of(40.0, 55.0, 61.0)),
                new Series("Bắc Ninh", Arrays.asList(null, 30.0, 100.0))), 50.0, "Mục tiêu");

        assertThat(chart.getElement().getProperty("kind")).isEqualTo("line");
        JsonNode data = data(chart);
        assertThat(data.get("series").get(0).get("name").asString()).isEqualTo("Hà Nội");
        assertThat(data.get("series").get(0).get("percents").toString()).isEqualTo("[40.0,55.0,61.0]");
        assertThat(data.get("series").get(1).get("name").asString()).isEqualTo("Bắc Ninh");
        assertThat(data.get("series").get(1).get("percents").toString()).isEqualTo("[null,30.0,100.0]");
    }

    @Test
    void withoutTargetBothTargetFieldsAreNull() {
        RateChart chart = new RateChart(Kind.BAR);
        chart.setData(List.of("A"), List.of(new Series("Đúng hạn", List.of(0.0))), null, "ignored");

        JsonNode data = data(chart);
        assertThat(data.get("target").isNull()).isTrue();
        assertThat(data.get("targetLabel").isNull()).isTrue();
    }

    @Test
    void newDataReplacesTheOld() {
        RateChart chart = new RateChart(Kind.BAR);
        chart.setData(List.of("A", "B"), List.of(new Series("x", List.of(1.0, 2.0))), 50.0, "t");
        chart.setData(List.of("C"), List.of(), null, null);

        JsonNode data = data(chart);
        assertThat(data.get("labels").toString()).isEqualTo("[\"C\"]");
        assertThat(data.get("series")).isEmpty();
    }

    @Test
    void noNameIsAnEmptyLabelNotTheTextNull() {
        RateChart chart = new RateChart(Kind.LINE);
        chart.setAccessibleName(null);

        assertThat(chart.getElement().getProperty("accessibleName")).isEmpty();
    }

    @Test
    void refusesValuesOffTheAxisAndSeriesOfTheWrongLength() {
        RateChart chart = new RateChart(Kind.BAR);
        assertThatThrownBy(() -> chart.setData(List.of("A"), List.of(new Series("x", List.of(100.5))), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100.5");
        assertThatThrownBy(() -> chart.setData(List.of("A"), List.of(new Series("x", List.of(Double.NaN))), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> chart.setData(List.of("A"), List.of(), -1.0, "t"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target");
        assertThatThrownBy(() -> chart.setData(List.of("A", "B"), List.of(new Series("x", List.of(1.0))), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 values for 2 labels");
    }

    @Test
    void aSeriesKeepsItsOwnCopyOfTheValues() {
        List<Double> values = Arrays.asList(10.0, null);
        Series series = new Series("x", values);
        values.set(0, 99.0);

        assertThat(series.percents()).containsExactly(10.0, null);
        assertThatThrownBy(() -> series.percents().set(0, 1.0)).isInstanceOf(UnsupportedOperationException.class);
    }

    private static JsonNode data(RateChart chart) {
        return (JsonNode) chart.getElement().getPropertyRaw("chartData");
    }
}
