package vn.dvc.kiosk.shared.security;

/**
 * The signed-in person as the app needs them: how to name them in a dossier's history, their role, and where they
 * work.
 *
 * @param unitCode  an officer's one-stop desk (receiving unit code, e.g. {@code 000.00.00.H01}); null for others
 * @param groupCode   an advisor's volunteer group; null for others
 * @param communeCode the commune an advisor's group works in (2025 unit code); null for others
 * @param groupLeader whether this advisor leads their group (sees its campaign figures)
 */
public record StaffMember(String username, String displayName, StaffRole role, String unitCode, String groupCode,
        String communeCode, boolean groupLeader) {

    /** An officer, leader or admin: no group. */
    public StaffMember(String username, String displayName, StaffRole role, String unitCode) {
        this(username, displayName, role, unitCode, null, null, false);
    }

    /** How the history records who acted: "Nguyễn Thị Lan (cán bộ, 000.00.00.H01)". */
    public String actorLabel() {
        return displayName + " (" + username + (unitCode == null ? "" : ", " + unitCode) + ")";
    }
}
