package vn.dvc.kiosk.shared.ui;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.dvc.kiosk.shared.ui.RateChart.Kind;
import vn.dvc.kiosk.shared.ui.RateChart.Series;

/**
 * Test classpath only: both kinds of {@link RateChart} with fixed figures, so that the browser test sees the chart
 * as the leader dashboard will use it without the dashboard's data behind it.
 */
@Route("kiem-thu/bieu-do")
@PageTitle("Biểu đồ kiểm thử")
@AnonymousAllowed
class RateChartFixture extends Main {

    RateChartFixture() {
        getStyle().set("display", "block").set("padding", "16px 24px").set("box-sizing", "border-box");

        RateChart places = new RateChart(Kind.BAR);
        places.setId("places-chart");
        places.setAccessibleName("Tỉ lệ hồ sơ giải quyết đúng hạn theo xã, phường, tháng 11 năm 2026");
        places.setData(List.of("Phường Láng", "Phường Hoàn Kiếm", "Xã Đông Anh", "Xã Sóc Sơn", "Phường Long Biên"),
                List.of(new Series("Đúng hạn", Arrays.asList(92.0, 71.5, 50.0, 38.2, null))), 50.0, "Mục tiêu 50%");

        RateChart months = new RateChart(Kind.LINE);
        months.setId("months-chart");
        months.setHeight("420px");
        months.setAccessibleName("Tỉ lệ hồ sơ nộp trực tuyến theo tháng, năm 2026");
        months.setData(IntStream.rangeClosed(1, 12).mapToObj(m -> "Th" + m).toList(), List.of(
                new Series("Hà Nội", List.of(31.0, 35.0, 42.5, 47.0, 52.0, 55.5, 58.0, 61.0, 63.5, 66.0, 70.0, 72.0)),
                new Series("Bắc Ninh", Arrays.asList(null, 12.0, 18.0, 25.0, 33.0, 41.0, 44.0, 49.5, 51.0, 56.0,
                        60.5, 64.0))),
                50.0, "Mục tiêu 50%");

        // a whole district's wards and communes, ranked: every name must stay readable
        List<String> thirty = List.of("Phường Hoàn Kiếm", "Phường Cửa Nam", "Phường Ba Đình", "Phường Ngọc Hà",
                "Phường Giảng Võ", "Phường Hai Bà Trưng", "Phường Vĩnh Tuy", "Phường Bạch Mai", "Phường Đống Đa",
                "Phường Kim Liên", "Phường Văn Miếu - Quốc Tử Giám", "Phường Láng", "Phường Ô Chợ Dừa",
                "Phường Hồng Hà", "Phường Lĩnh Nam", "Phường Hoàng Mai", "Phường Vĩnh Hưng", "Phường Tương Mai",
                "Phường Định Công", "Phường Hoàng Liệt", "Phường Yên Sở", "Phường Thanh Xuân", "Phường Khương Đình",
                "Phường Phương Liệt", "Phường Cầu Giấy", "Phường Nghĩa Đô", "Phường Yên Hòa", "Phường Tây Hồ",
                "Phường Phú Thượng", "Xã Sóc Sơn");
        RateChart many = new RateChart(Kind.BAR);
        many.setId("many-places-chart");
        many.setAccessibleName("Tỉ lệ hồ sơ giải quyết đúng hạn của 30 xã, phường");
        many.setData(thirty, List.of(new Series("Đúng hạn", IntStream.range(0, 30)
                .mapToObj(i -> i == 29 ? null : 98.0 - i * 3.1).toList())), 50.0, "Mục tiêu 50%");

        add(new H1("Biểu đồ kiểm thử"), new H2("Theo xã, phường"), places, new H2("Theo tháng"), months,
                new H2("Ba mươi xã, phường"), many);
    }
}
