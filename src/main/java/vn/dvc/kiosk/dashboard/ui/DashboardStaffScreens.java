package vn.dvc.kiosk.dashboard.ui;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dvc.kiosk.shared.security.StaffMenuEntry;
import vn.dvc.kiosk.shared.security.StaffRole;

/** The dashboard's entry in the staff workspace, for leaders. */
@Configuration
class DashboardStaffScreens {

    @Bean
    StaffMenuEntry dashboardEntry() {
        return new StaffMenuEntry(LeaderDashboardView.ROUTE, "dashboard.menu", "dashboard.menu.description",
                Set.of(StaffRole.LEADER), 10);
    }
}
