package vn.dvc.kiosk.advisor.ecitizen.ui;

import org.springframework.beans.factory.annotation.Autowired;
import com.vaadin.flow.component.html.Div;
import vn.dvc.kiosk.advisor.AdvisorTestDossiers;
import vn.dvc.kiosk.dossier.Dossiers;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
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

        @Autowired
        Dossiers dossiers;

        @Test
        void countsTheGroupsAssistedFilingsBesideTheChecklists() {
            AdvisorTestDossiers.fileAssistedBy(dossiers, "tuvan", "Lê Minh Châu (tuvan)");
            AdvisorTestDossiers.fileAssistedBy(dossiers, "sinhvien", "Đỗ Gia Huy (sinhvien)");
            AdvisorTestDossiers.fileAssistedBy(dossiers, "someone-else", "Người khác (someone-else)");
            navigate(CampaignView.class);

            NativeTable assisted = find(NativeTable.class).withId("ecitizen-assisted").single();
            assertThat(assisted.getElement().getTextRecursively()).contains("Lê Minh Châu", "Đỗ Gia Huy")
                    .doesNotContain("Người khác", "someone-else");
            long shown = Long.parseLong(find(Div.class).withId("ecitizen-total-assisted").single().getElement()
                    .getChild(0).getText());
            assertThat(shown).isGreaterThanOrEqualTo(2);
        }

        @Test
        void picksAnotherWindowAndIsToldWhenItRunsBackwards() {
            navigate(CampaignView.class);
            DatePicker from = find(DatePicker.class).withId("ecitizen-from").single();
            DatePicker to = find(DatePicker.class).withId("ecitizen-to").single();

            test(from).setValue(LocalDate.of(2020, 1, 6));
            test(to).setValue(LocalDate.of(2020, 1, 19));
            test(find(Button.class).withId("ecitizen-apply").single()).click();

            assertThat(find(Paragraph.class).withId("ecitizen-campaign-scope").single().getText())
                    .isEqualTo("Nhóm TCNSCD-DEMO, từ ngày 06/01/2020 đến ngày 19/01/2020.");
            assertThat(find(Paragraph.class).withId("ecitizen-volunteers-none").single().getText())
                    .isEqualTo("Chưa có số liệu trong khoảng thời gian này.");

            test(to).setValue(LocalDate.of(2019, 12, 31));
            test(find(Button.class).withId("ecitizen-apply").single()).click();

            Paragraph message = find(Paragraph.class).withId("ecitizen-window-message").single();
            assertThat(message.isVisible()).isTrue();
            assertThat(message.getText()).startsWith("Bạn hãy chọn ngày bắt đầu trước ngày kết thúc");
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
