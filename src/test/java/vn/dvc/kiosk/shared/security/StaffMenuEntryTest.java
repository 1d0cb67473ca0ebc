package vn.dvc.kiosk.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class StaffMenuEntryTest {

    private static final StaffMember LEADER = new StaffMember("lanhdao", "Phạm Quốc Dũng", StaffRole.LEADER, null);
    private static final StaffMember GROUP_LEADER = new StaffMember("tuvan", "Lê Minh Châu", StaffRole.ADVISOR, null,
            "TCNSCD-DEMO", "00070", true);
    private static final StaffMember STUDENT = new StaffMember("sinhvien", "Đỗ Gia Huy", StaffRole.ADVISOR, null,
            "TCNSCD-DEMO", "00070", false);

    @Test
    void anEntryForLeadersAndGroupLeadersIsNotShownToOtherAdvisors() {
        StaffMenuEntry figures = new StaffMenuEntry("tu-van/chien-dich", "t", "d", Set.of(StaffRole.LEADER), 61, true);
        assertThat(figures.visibleTo(LEADER)).isTrue();
        assertThat(figures.visibleTo(GROUP_LEADER)).isTrue();
        assertThat(figures.visibleTo(STUDENT)).isFalse();
    }

    @Test
    void byDefaultOnlyTheRolesCount() {
        StaffMenuEntry checklist = new StaffMenuEntry("tu-van/cong-dan-so", "t", "d", Set.of(StaffRole.ADVISOR), 60);
        assertThat(checklist.visibleTo(STUDENT)).isTrue();
        assertThat(checklist.visibleTo(GROUP_LEADER)).isTrue();
        assertThat(checklist.visibleTo(LEADER)).isFalse();
    }
}
