package vn.dvc.kiosk.advisor.ecitizen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * The campaign figures are for group leaders and leaders: a student advisor (sinhvien) has the ADVISOR role like
 * their group leader, so the view itself refuses them, politely and without a figure.
 */
class CampaignViewTest {

    @KioskIntegrationTest
    @WithUserDetails("sinhvien")
    static class AStudentAdvisor extends SpringBrowserlessTest {

        @Test
        void isRefusedPolitelyAndSeesNoFigures() {
            navigate(CampaignView.class);

            assertThat(find(Paragraph.class).withId("ecitizen-campaign-refused").single().getText())
                    .startsWith("Trang này dành cho trưởng nhóm tình nguyện và lãnh đạo.");
            assertThat(find(NativeTable.class).all()).isEmpty();
            assertThat(find(Paragraph.class).withId("ecitizen-campaign-scope").all()).isEmpty();
        }
    }

    @KioskIntegrationTest
    @WithUserDetails("tuvan")
    static class AGroupLeader extends SpringBrowserlessTest {

        @Test
        void seesTheirGroupsFigures() {
            navigate(CampaignView.class);

            assertThat(find(Paragraph.class).withId("ecitizen-campaign-refused").all()).isEmpty();
            assertThat(find(Paragraph.class).withId("ecitizen-campaign-scope").single().getText())
                    .startsWith("Nhóm TCNSCD-DEMO");
            assertThat(find(NativeTable.class).withId("ecitizen-steps-done").all()).hasSize(1);
        }
    }

    @KioskIntegrationTest
    @WithUserDetails("lanhdao")
    static class ALeader extends SpringBrowserlessTest {

        @Test
        void seesAllGroups() {
            navigate(CampaignView.class);

            assertThat(find(Paragraph.class).withId("ecitizen-campaign-scope").single().getText())
                    .startsWith("Mọi nhóm tình nguyện");
        }
    }
}
