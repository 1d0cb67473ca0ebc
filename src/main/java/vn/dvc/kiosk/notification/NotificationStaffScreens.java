package vn.dvc.kiosk.notification;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dvc.kiosk.shared.security.StaffMenuEntry;
import vn.dvc.kiosk.shared.security.StaffRole;

/** The notification feature's entries in the staff workspace. */
@Configuration
class NotificationStaffScreens {

    @Bean
    StaffMenuEntry mailboxEntry() {
        return new StaffMenuEntry(MailboxView.ROUTE, "staff.menu.mailbox", "staff.menu.mailbox.description",
                Set.of(StaffRole.ADMIN), 90);
    }
}
