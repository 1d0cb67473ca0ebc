package vn.dvc.kiosk.shared.security;

/**
 * The signed-in person as the app needs them: how to name them in a dossier's history, their role, and where they
 * work.
 *
 * @param unitCode  an officer's one-stop desk (receiving unit code, e.g. {@code 000.00.00.H01}); null for others
 * @param groupCode an advisor's volunteer group; null for others
 */
public record StaffMember(String username, String displayName, StaffRole role, String unitCode, String groupCode) {

    /** How the history records who acted: "Nguyễn Thị Lan (cán bộ, 000.00.00.H01)". */
    public String actorLabel() {
        return displayName + " (" + username + (unitCode == null ? "" : ", " + unitCode) + ")";
    }
}
