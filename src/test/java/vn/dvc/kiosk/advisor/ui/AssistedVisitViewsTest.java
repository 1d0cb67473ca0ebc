package vn.dvc.kiosk.advisor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.dvc.kiosk.catalog.Catalog;
import vn.dvc.kiosk.dossier.DossierProcessing;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.ResultDelivery;
import vn.dvc.kiosk.filing.FilingDraft;
import vn.dvc.kiosk.filing.FilingDrafts;
import vn.dvc.kiosk.filing.Submission;
import vn.dvc.kiosk.identity.CitizenIdCard;
import vn.dvc.kiosk.identity.ResidentIdentity;
import vn.dvc.kiosk.identity.Sex;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.shared.security.CurrentStaff;
import vn.dvc.kiosk.shared.ui.AssistedVisit;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * An advisor (the demo account tuvan, Lê Minh Châu) helps a resident on the tablet without a browser: the resident
 * consents in their presence, the dossier records who helped, and ending the visit wipes the resident while the
 * advisor stays signed in.
 */
@KioskIntegrationTest
@WithUserDetails("tuvan")
class AssistedVisitViewsTest extends SpringBrowserlessTest {

    static final CitizenIdCard AN = new CitizenIdCard("001090012345", null, "Nguyễn Văn An", LocalDate.of(1990, 8, 15),
            Sex.MALE, "Thôn Đông, Xã Yên Bình, Huyện Thạch Thất, Hà Nội", null);
    static final String TUVAN_LABEL = "Lê Minh Châu (tuvan)";

    @Autowired
    ResidentIdentity identity;

    @Autowired
    FilingDrafts drafts;

    @Autowired
    Submission submission;

    @Autowired
    Catalog catalog;

    @Autowired
    Dossiers dossiers;

    @Autowired
    DossierProcessing processing;

    @Autowired
    AssistedVisit assisted;

    @Autowired
    CurrentStaff staff;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theResidentConsentsInTheAdvisorsPresenceAndTheDossierSaysWhoHelped() {
        startHelping();
        identity.confirm(AN);

        UI.getCurrent().navigate("nop-ho-so/1.010041/dong-y");
        assertThat(find(Paragraph.class).withId("consent-presence").single().getText())
                .startsWith("Có mặt tư vấn viên: Lê Minh Châu.");
        test(find(Button.class).withId("consent-agree").single()).click();
        assertThat(jdbc.queryForObject("select assisted_by from consent_record order by id desc limit 1",
                String.class)).isEqualTo(TUVAN_LABEL);

        FilingDraft draft = drafts.current().orElseThrow();
        catalog.procedure("1.010041").orElseThrow().getFormFields()
                .forEach(field -> draft.answer(field.key(), field.key().equals("phone") ? "0912345678" : "x"));
        draft.deliverTo(ResultDelivery.COUNTER, null, "0912345678", "");
        String code = submission.submit(catalog.procedure("1.010041").orElseThrow(), AN, draft).code();

        assertThat(processing.detail(code).orElseThrow().assistedBy()).isEqualTo(TUVAN_LABEL);
        assertThat(jdbc.queryForObject("select assisted_by_username from dossier where code = ?", String.class, code))
                .isEqualTo("tuvan");
        assertThat(dossiers.assistedDossier("tuvan", code)).isPresent();
    }

    @Test
    void endingTheVisitWipesTheResidentAndKeepsTheAdvisorSignedIn() {
        startHelping();
        assertThat(find(Div.class).withId("assisted-bar").single().getElement().getTextRecursively())
                .contains("Đang giúp người dân — Lê Minh Châu", "Kết thúc phiên");
        identity.confirm(AN);
        drafts.forProcedure("1.010041").answer("purpose", "Bổ sung hồ sơ đi học");
        VaadinSession.getCurrent().setLocale(KioskLocales.ENGLISH);

        test(find(Button.class).withId("assisted-end").single()).click();

        assertThat(identity.confirmed()).isEmpty();
        assertThat(drafts.current()).isEmpty();
        assertThat(assisted.current()).isEmpty();
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(KioskLocales.VIETNAMESE);
        // the session was not invalidated: an invalidated one refuses to list its attributes
        assertThat(VaadinSession.getCurrent().getSession().getAttributeNames()).isNotNull();
        assertThat(staff.get()).hasValueSatisfying(member -> assertThat(member.username()).isEqualTo("tuvan"));
    }

    @Test
    void backOnTheirPageMidVisitTheAdvisorCanEndIt() {
        startHelping();
        identity.confirm(AN);

        navigate(AdvisorHomeView.class);
        assertThat(find(Div.class).withId("advisor-visit-in-progress").single().getElement().getTextRecursively())
                .contains("Bạn đang giúp một người dân dở dang");
        test(find(Button.class).withId("advisor-end-visit").single()).click();

        assertThat(identity.confirmed()).isEmpty();
        assertThat(assisted.current()).isEmpty();
        assertThat(staff.get()).isPresent();
    }

    @Test
    void aMarkerLeftByAnotherAdvisorNeverMakesAVisitAssisted() {
        startHelping();
        VaadinSession.getCurrent().setAttribute(AssistedVisit.class.getName(),
                new AssistedVisit.Helper("sinhvien", "Đỗ Gia Huy", "Đỗ Gia Huy (sinhvien)", "tu-van"));

        assertThat(assisted.current()).isEmpty();
    }

    @Test
    void onlyAnAdvisorStartsAnAssistedVisit() {
        var officer = new vn.dvc.kiosk.shared.security.StaffMember("canbo", "Nguyễn Thị Lan",
                vn.dvc.kiosk.shared.security.StaffRole.OFFICER, "000.00.00.H01");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assisted.start(officer, "lam-viec"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(assisted.current()).isEmpty();
    }

    private void startHelping() {
        navigate(AdvisorHomeView.class);
        test(find(Button.class).withId("advisor-start").single()).click();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("HomeView");
    }
}
