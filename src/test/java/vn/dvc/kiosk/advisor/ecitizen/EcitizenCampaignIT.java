package vn.dvc.kiosk.advisor.ecitizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.kiosk.shared.security.StaffMember;
import vn.dvc.kiosk.shared.security.StaffRole;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * The campaign against the real database: enrol with consent, find again by the ID number, tick and untick, and the
 * figures a group leader reads. Each test uses its own group, so figures of other tests never mix in.
 */
@KioskIntegrationTest
class EcitizenCampaignIT {

    private static final String COMMUNE = "00070";
    private static final String CONSENT = "Xin chào… chúng tôi xin lưu: họ tên, 4 số cuối, mã một chiều, các bước.";

    @Autowired
    EcitizenCampaign campaign;

    @Autowired
    JdbcTemplate jdbc;

    private final String group = "IT-" + ThreadLocalRandom.current().nextInt(1_000_000);
    private final StaffMember student = new StaffMember("it-student-" + group, "Đỗ Gia Huy", StaffRole.ADVISOR, null,
            group, COMMUNE, false);
    private final StaffMember other = new StaffMember("it-other-" + group, "Lê Minh Châu", StaffRole.ADVISOR, null,
            group, COMMUNE, true);

    private static String newIdNumber() {
        return "001090" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    @Test
    void aResidentIsEnrolledWithConsentAndFoundAgainByTheirIdNumberOnly() {
        String id = newIdNumber();
        assertThat(campaign.find(student, id)).isEmpty();

        EcitizenResident enrolled = campaign.enrol(student, id, "  Nguye\u0302\u0303n Thị   Hoa ", CONSENT,
                Locale.of("vi", "VN"));

        assertThat(enrolled.fullName()).isEqualTo("Nguyễn Thị Hoa");
        assertThat(enrolled.idLastFour()).isEqualTo(id.substring(8));
        assertThat(campaign.find(other, id)).get().extracting(EcitizenResident::id).isEqualTo(enrolled.id());
        assertThat(campaign.enrol(other, id, "Nguyễn Thị Hoa", CONSENT, Locale.ENGLISH).id())
                .as("enrolling again finds the same record").isEqualTo(enrolled.id());
        StaffMember elsewhere = new StaffMember("it-far", "Xa", StaffRole.ADVISOR, null, group, "00004", false);
        assertThat(campaign.find(elsewhere, id)).as("another commune keeps its own list").isEmpty();
        assertThat(campaign.get(elsewhere, enrolled.id())).isEmpty();

        var row = jdbc.queryForMap("SELECT * FROM ecitizen_resident WHERE id = ?", enrolled.id());
        assertThat(row.values()).as("no full ID number stored anywhere").noneMatch(value -> String.valueOf(value)
                .contains(id));
        assertThat(row).containsEntry("consent_text_version", EcitizenCampaign.CONSENT_TEXT_VERSION)
                .containsEntry("consent_locale", "vi").containsEntry("enrolled_by", student.username())
                .containsEntry("commune_code", COMMUNE).containsEntry("group_code", group);
        assertThat((String) row.get("consent_text_sha256")).hasSize(64);
    }

    @Test
    void stepsAreTickedInOrderWithTheDayAndVolunteerAndTheLastCanBeTakenBack() {
        EcitizenResident resident = campaign.enrol(student, newIdNumber(), "Trần Văn Bảy", CONSENT,
                Locale.of("vi", "VN"));

        assertThatThrownBy(() -> campaign.tick(student, resident.id(), EcitizenStep.PORTAL_SIGN_IN))
                .isInstanceOfSatisfying(StepRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(StepRefused.Reason.PREVIOUS_NOT_DONE));
        campaign.tick(student, resident.id(), EcitizenStep.INSTALL_VNEID);
        EcitizenResident now = campaign.tick(student, resident.id(), EcitizenStep.LEVEL2_IDENTITY);

        StepDone done = now.checklist().done(EcitizenStep.LEVEL2_IDENTITY).orElseThrow();
        assertThat(done.doneOn()).isEqualTo(campaign.today());
        assertThat(done.helpedByName()).isEqualTo("Đỗ Gia Huy");
        assertThatThrownBy(() -> campaign.untick(other, resident.id(), EcitizenStep.LEVEL2_IDENTITY))
                .isInstanceOf(StepRefused.class);

        now = campaign.untick(student, resident.id(), EcitizenStep.LEVEL2_IDENTITY);

        assertThat(now.checklist().isDone(EcitizenStep.LEVEL2_IDENTITY)).isFalse();
        assertThat(now.checklist().isDone(EcitizenStep.INSTALL_VNEID)).isTrue();
        assertThat(campaign.find(student, "001090000000")).isEmpty();
    }

    @Test
    void theGroupFiguresCountResidentsPerVolunteerAndWeekStepsAndFirstDossiers() {
        EcitizenResident first = campaign.enrol(student, newIdNumber(), "Phạm Thị Một", CONSENT, Locale.ENGLISH);
        EcitizenResident second = campaign.enrol(student, newIdNumber(), "Phạm Văn Hai", CONSENT, Locale.ENGLISH);
        for (EcitizenStep step : EcitizenStep.values()) {
            campaign.tick(student, first.id(), step);
        }
        campaign.tick(student, second.id(), EcitizenStep.INSTALL_VNEID);
        campaign.tick(other, second.id(), EcitizenStep.LEVEL2_IDENTITY);

        CampaignFigures figures = campaign.figures(group);

        IsoWeek thisWeek = IsoWeek.of(campaign.today());
        assertThat(figures.weeks()).hasSize(EcitizenCampaign.WEEKS_SHOWN).last().isEqualTo(thisWeek);
        assertThat(figures.residentsHelped()).isEqualTo(2);
        assertThat(figures.firstOnlineDossiers()).isEqualTo(1);
        assertThat(figures.stepsDone()).containsEntry(EcitizenStep.INSTALL_VNEID, 2L)
                .containsEntry(EcitizenStep.LEVEL2_IDENTITY, 2L).containsEntry(EcitizenStep.PORTAL_SIGN_IN, 1L)
                .containsEntry(EcitizenStep.FIRST_ONLINE_DOSSIER, 1L);
        assertThat(figures.volunteers()).extracting(CampaignFigures.VolunteerFigures::name)
                .containsExactly("Đỗ Gia Huy", "Lê Minh Châu");
        CampaignFigures.VolunteerFigures huy = figures.volunteers().getFirst();
        assertThat(huy.residentsIn(thisWeek)).as("two residents, however many steps").isEqualTo(2);
        assertThat(huy.residentsIn(thisWeek.minusWeeks(1))).isZero();
        assertThat(huy.residents()).isEqualTo(2);
        assertThat(figures.volunteers().get(1).residentsIn(thisWeek)).isEqualTo(1);
        assertThat(figures.communes()).singleElement().satisfies(commune -> {
            assertThat(commune.communeCode()).isEqualTo(COMMUNE);
            assertThat(commune.residentsHelped()).isEqualTo(2);
            assertThat(commune.stepsDone()).isEqualTo(6);
            assertThat(commune.firstOnlineDossiers()).isEqualTo(1);
        });

        CampaignFigures all = campaign.figures(null);
        assertThat(all.residentsHelped()).as("all groups include this one").isGreaterThanOrEqualTo(2);
    }

    @Test
    void aResidentWhoWithdrawsIsDeletedWithTheirSteps() {
        String id = newIdNumber();
        EcitizenResident resident = campaign.enrol(student, id, "Lý Thị Đổi", CONSENT, Locale.ENGLISH);
        campaign.tick(student, resident.id(), EcitizenStep.INSTALL_VNEID);

        campaign.forget(other, resident.id());

        assertThat(campaign.find(student, id)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ecitizen_step WHERE resident_id = ?", Long.class,
                resident.id())).isZero();
        assertThat(campaign.figures(group).residentsHelped()).isZero();
    }

    @Test
    void stepsOlderThanEightWeeksAreNotCounted() {
        EcitizenResident resident = campaign.enrol(student, newIdNumber(), "Vũ Văn Cũ", CONSENT, Locale.ENGLISH);
        campaign.tick(student, resident.id(), EcitizenStep.INSTALL_VNEID);
        LocalDate longAgo = IsoWeek.of(campaign.today()).minusWeeks(EcitizenCampaign.WEEKS_SHOWN).sunday();
        jdbc.update("UPDATE ecitizen_step SET done_on = ? WHERE resident_id = ?", longAgo, resident.id());

        assertThat(campaign.figures(group).residentsHelped()).isZero();
        assertThat(campaign.figures(group).volunteers()).isEmpty();

        CampaignFigures thatWeek = campaign.figures(group, longAgo.minusDays(6), longAgo);
        assertThat(thatWeek.weeks()).containsExactly(IsoWeek.of(longAgo));
        assertThat(thatWeek.residentsHelped()).isEqualTo(1);
        assertThat(thatWeek.volunteers().getFirst().residentsIn(IsoWeek.of(longAgo))).isEqualTo(1);
        assertThat(campaign.figures(group, longAgo.minusDays(1), longAgo.minusDays(1)).residentsHelped())
                .as("the window's days are exact, not whole weeks").isZero();
    }
}
