package vn.dvc.kiosk.payment.ui;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dvc.kiosk.shared.security.StaffMenuEntry;
import vn.dvc.kiosk.shared.security.StaffRole;

/** The payment feature's entries in the staff workspace. */
@Configuration
class PaymentStaffScreens {

    @Bean
    StaffMenuEntry paymentMismatchesEntry() {
        return new StaffMenuEntry(PaymentMismatchesView.ROUTE, "staff.menu.mismatches",
                "staff.menu.mismatches.description", Set.of(StaffRole.OFFICER, StaffRole.ADMIN), 50);
    }
}
