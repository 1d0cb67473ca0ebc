package vn.dvc.kiosk.advisor.ui;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dvc.kiosk.shared.security.StaffMenuEntry;
import vn.dvc.kiosk.shared.security.StaffRole;

/** The advisor's entries in the staff workspace. */
@Configuration
class AdvisorScreens {

    @Bean
    StaffMenuEntry advisorHelpEntry() {
        return new StaffMenuEntry(AdvisorHomeView.ROUTE, "advisor.menu.help", "advisor.menu.help.description",
                Set.of(StaffRole.ADVISOR), 10);
    }

    @Bean
    StaffMenuEntry advisorDossiersEntry() {
        return new StaffMenuEntry(HelpedDossiersView.ROUTE, "advisor.menu.dossiers",
                "advisor.menu.dossiers.description", Set.of(StaffRole.ADVISOR), 20);
    }
}
