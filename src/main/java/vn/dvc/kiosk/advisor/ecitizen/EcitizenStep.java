package vn.dvc.kiosk.advisor.ecitizen;

/**
 * The four steps of becoming an e-citizen, in the order they can happen: level-2 identity is activated in the VNeID
 * app, the national portal is signed in to with a level-2 VNeID (the only way since 1 July 2025, Decree 69/2024), and
 * an online dossier needs that sign-in.
 */
public enum EcitizenStep {
    INSTALL_VNEID, LEVEL2_IDENTITY, PORTAL_SIGN_IN, FIRST_ONLINE_DOSSIER;

    /** The step that must be done before this one; null for the first. */
    public EcitizenStep previous() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }

    /** The step after this one; null for the last. */
    public EcitizenStep next() {
        return ordinal() == values().length - 1 ? null : values()[ordinal() + 1];
    }
}
