package vn.dvc.kiosk.dashboard;

import java.util.Optional;

import vn.dvc.kiosk.shared.security.StaffAccounts;
import vn.dvc.kiosk.shared.security.StaffMember;

/** The volunteer group (and its commune) an assisted filing counts for in dashboard_group_month. */
record VolunteerGroup(String groupCode, String communeCode) {

    /** A volunteer named only by a label, or whose account or group is gone: V22's group ''. */
    static final VolunteerGroup UNKNOWN = new VolunteerGroup("", "");

    static VolunteerGroup of(String username, StaffAccounts accounts) {
        Optional<StaffMember> volunteer = username == null ? Optional.empty() : accounts.find(username);
        return volunteer.filter(member -> member.groupCode() != null)
                .map(member -> new VolunteerGroup(member.groupCode(),
                        member.communeCode() == null ? "" : member.communeCode()))
                .orElse(UNKNOWN);
    }
}
