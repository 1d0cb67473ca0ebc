package vn.dvc.kiosk.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/** The leaders' dashboard without a browser: who may open it, what an empty period and a backwards period say. */
class LeaderDashboardViewTest {

    @KioskIntegrationTest
    @WithUserDetails("lanhdao")
    static class ALeader extends SpringBrowserlessTest {

        @Test
        void seesTheWholeCountryWithEveryTableDownloadable() {
            navigate(LeaderDashboardView.class);

            assertThat(find(Paragraph.class).withId("dashboard-period").single().getText())
                    .startsWith("Số liệu của Cả nước");
            if (find(Paragraph.class).withId("dashboard-empty").all().isEmpty()) {
                for (String table : List.of("dashboard-ranking", "dashboard-procedures", "dashboard-months",
                        "dashboard-groups")) {
                    assertThat(find(Anchor.class).withId(table + "-csv").all()).as(table).hasSize(1);
                    assertThat(find(Anchor.class).withId(table + "-xlsx").all()).as(table).hasSize(1);
                }
                assertThat(find(Div.class).withId("dashboard-tiles").all()).hasSize(1);
            }
        }

        @Test
        void aPeriodWithNoDossiersSaysSoInsteadOfShowingZeros() {
            navigate(LeaderDashboardView.class);
            com.vaadin.flow.component.UI.getCurrent().navigate(LeaderDashboardView.class, new DashboardScope(null,
                    null, monthsAgo(59), monthsAgo(58), Measure.ONLINE_DOSSIERS).query());

            assertThat(find(Paragraph.class).withId("dashboard-empty").single().getText())
                    .startsWith("Chưa có hồ sơ nào ở đây trong khoảng thời gian này.");
            assertThat(find(Div.class).withId("dashboard-tiles").all()).isEmpty();
        }

        @Test
        void isToldWhenThePeriodRunsBackwards() {
            navigate(LeaderDashboardView.class);
            @SuppressWarnings("unchecked")
            Select<YearMonth> from = find(Select.class).withId("dashboard-from").single();
            @SuppressWarnings("unchecked")
            Select<YearMonth> to = find(Select.class).withId("dashboard-to").single();
            test(from).selectItem(from.getItemLabelGenerator().apply(YearMonth.now().minusMonths(1)));
            test(to).selectItem(to.getItemLabelGenerator().apply(YearMonth.now().minusMonths(3)));
            test(find(Button.class).withId("dashboard-apply").single()).click();

            Paragraph problem = find(Paragraph.class).withId("dashboard-period-problem").single();
            assertThat(problem.isVisible()).isTrue();
            assertThat(problem.getText()).isEqualTo(
                    "Tháng bắt đầu phải trước hoặc trùng tháng kết thúc. Bạn hãy chọn lại.");
        }

        private static YearMonth monthsAgo(int months) {
            return YearMonth.now().minusMonths(months);
        }
    }

    @KioskIntegrationTest
    @WithUserDetails("canbo")
    static class AnOfficer extends SpringBrowserlessTest {

        @Test
        void cannotOpenIt() {
            try {
                navigate(LeaderDashboardView.class);
            } catch (RuntimeException rerouted) {
                // the router sends a signed-in officer to "not found" instead
            }
            assertThat(getCurrentView()).isNotInstanceOf(LeaderDashboardView.class);
            assertThat(find(Div.class).withId("dashboard-tiles").all()).isEmpty();
        }
    }
}
