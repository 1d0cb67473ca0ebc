package vn.dvc.kiosk.backoffice.ui;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dvc.kiosk.shared.security.StaffMenuEntry;
import vn.dvc.kiosk.shared.security.StaffRole;

/** The officer desk's entries in the staff workspace: first, it is what an officer's day is about. */
@Configuration
class DeskScreens {

    @Bean
    StaffMenuEntry deskQueueEntry() {
        return new StaffMenuEntry(DeskQueueView.ROUTE, "desk.menu.queue", "desk.menu.queue.description",
                Set.of(StaffRole.OFFICER), 10);
    }

    /** Right after the queue: registering what residents hand in at the counter or send by post (issue 8). */
    @Bean
    StaffMenuEntry counterRegistrationEntry() {
        return new StaffMenuEntry(CounterRegistrationView.ROUTE, "counter.menu", "counter.menu.description",
                Set.of(StaffRole.OFFICER), 11);
    }
}
