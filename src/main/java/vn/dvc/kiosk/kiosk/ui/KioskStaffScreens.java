package vn.dvc.kiosk.kiosk.ui;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dvc.kiosk.shared.security.StaffMenuEntry;
import vn.dvc.kiosk.shared.security.StaffRole;

/** The kiosk feature's entries in the staff workspace. */
@Configuration
class KioskStaffScreens {

    @Bean
    StaffMenuEntry kioskHealthEntry() {
        return new StaffMenuEntry(KioskHealthView.ROUTE, "staff.menu.kioskHealth",
                "staff.menu.kioskHealth.description", Set.of(StaffRole.ADMIN), 80);
    }
}
