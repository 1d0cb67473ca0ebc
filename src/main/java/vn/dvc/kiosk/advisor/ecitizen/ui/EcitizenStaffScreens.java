package vn.dvc.kiosk.advisor.ecitizen.ui;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dvc.kiosk.shared.security.StaffMenuEntry;
import vn.dvc.kiosk.shared.security.StaffRole;

/**
 * The e-citizen campaign's entries in the staff workspace: the checklist for every advisor, the figures for leaders
 * and for the advisors who lead a group (also linked from the "Công dân số" screen).
 */
@Configuration
class EcitizenStaffScreens {

    @Bean
    StaffMenuEntry ecitizenEntry() {
        return new StaffMenuEntry(EcitizenStartView.ROUTE, "ecitizen.menu", "ecitizen.menu.description",
                Set.of(StaffRole.ADVISOR), 60);
    }

    @Bean
    StaffMenuEntry ecitizenCampaignEntry() {
        return new StaffMenuEntry(CampaignView.ROUTE, "ecitizen.menu.campaign", "ecitizen.menu.campaign.description",
                Set.of(StaffRole.LEADER), 61, true);
    }
}
