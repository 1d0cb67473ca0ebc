package vn.dvc.kiosk.advisor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.dvc.kiosk.advisor.AdvisorTestDossiers;
import vn.dvc.kiosk.dossier.DossierAction;
import vn.dvc.kiosk.dossier.DossierProcessing;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.shared.ui.AssistedVisit;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * "Hồ sơ tôi đã giúp": an advisor sees the dossiers they helped with and where each stands, and never another
 * advisor's: opening one by its address reads exactly like an unknown code.
 */
@KioskIntegrationTest
class HelpedDossiersViewsTest extends SpringBrowserlessTest {

    private static final String OFFICER = "Nguyễn Thị Lan (canbo, 000.00.00.H01)";
    private static final String MISSING = "Giấy xác nhận của trường (bản chụp rõ)";

    @Autowired
    Dossiers dossiers;

    @Autowired
    DossierProcessing processing;

    @Autowired
    AssistedVisit assisted;

    @Test
    @WithUserDetails("tuvan")
    void theAdvisorSeesTheirDossierAndHelpsWithTheSupplementAsked() throws IOException {
        String code = AdvisorTestDossiers.fileAssistedBy(dossiers, "tuvan", "Lê Minh Châu (tuvan)");
        processing.act(code, DossierAction.ACCEPT, null, OFFICER);
        processing.act(code, DossierAction.REQUEST_SUPPLEMENT, MISSING, OFFICER);

        navigate(HelpedDossiersView.class);
        ListItem row = find(ListItem.class).withId("advisor-dossier-" + code).single();
        assertThat(row.getElement().getTextRecursively()).contains(AdvisorTestDossiers.APPLICANT,
                "Xác nhận thông tin về cư trú", code, "Cần bổ sung giấy tờ");

        navigate("tu-van/ho-so/" + code, HelpedDossierView.class);
        assertThat(find(Paragraph.class).withId("advisor-dossier-asked").single().getText()).contains(MISSING);
        test(find(Button.class).withId("advisor-supplement").single()).click();

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("SupplementView");
        assertThat(assisted.current()).hasValueSatisfying(helper -> assertThat(helper.username()).isEqualTo("tuvan"));

        // the resident sends the page with the advisor beside them; the history names both
        test(find(Upload.class).withId("upload-file").single()).upload("xac-nhan.png", "image/png", png());
        test(find(Button.class).withId("supplement-next").single()).click();
        test(find(Button.class).withId("supplement-next").single()).click();
        test(find(TextField.class).withId("supplement-digits").single()).setValue("7788");
        test(find(Button.class).withId("supplement-send").single()).click();

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("SupplementSentView");
        assertThat(processing.detail(code).orElseThrow().history().getLast().changedBy())
                .isEqualTo("Người nộp hồ sơ, có tư vấn viên Lê Minh Châu (tuvan)");
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }

    @Test
    @WithUserDetails("sinhvien")
    void anotherAdvisorsDossierIsNotFoundJustLikeAnUnknownCode() {
        String theirs = AdvisorTestDossiers.fileAssistedBy(dossiers, "tuvan", "Lê Minh Châu (tuvan)");
        String mine = AdvisorTestDossiers.fileAssistedBy(dossiers, "sinhvien", "Đỗ Gia Huy (sinhvien)");

        navigate("tu-van/ho-so/" + theirs, HelpedDossierView.class);
        String answerForTheirs = find(Paragraph.class).withId("advisor-dossier-not-found").single().getText();
        assertThat(find(com.vaadin.flow.component.html.H1.class).single().getText())
                .isEqualTo("Không tìm thấy hồ sơ");
        navigate("tu-van/ho-so/000.00.00.H01-000101-9999", HelpedDossierView.class);
        String answerForUnknown = find(Paragraph.class).withId("advisor-dossier-not-found").single().getText();
        assertThat(answerForTheirs).isEqualTo(answerForUnknown);
        assertThat(dossiers.assistedDossier("sinhvien", theirs)).isEmpty();

        navigate(HelpedDossiersView.class);
        String list = find(UnorderedList.class).withId("advisor-dossier-list").single().getElement()
                .getTextRecursively();
        assertThat(list).contains(mine).doesNotContain(theirs);
    }
}
