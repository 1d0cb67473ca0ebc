package vn.dvc.kiosk.shared.security;

/**
 * Who signs in: residents never do. An officer belongs to a one-stop desk (its receiving unit code), an advisor to a
 * volunteer group; a leader watches the rates; an admin looks after the system (kiosks, messages, accounts).
 */
public enum StaffRole {
    OFFICER, ADVISOR, LEADER, ADMIN;

    /** The Spring Security authority, e.g. {@code ROLE_OFFICER} (what {@code @RolesAllowed("OFFICER")} checks). */
    public String authority() {
        return "ROLE_" + name();
    }

    public static final class Names {
        public static final String OFFICER = "OFFICER";
        public static final String ADVISOR = "ADVISOR";
        public static final String LEADER = "LEADER";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
