package vn.dvc.kiosk.dossier;

/** How the dossier reached the one-stop desk, with the national portal's channel codes. */
public enum SubmissionChannel {
    IN_PERSON(1), ONLINE(2), PUBLIC_POST(3);

    private final int portalCode;

    SubmissionChannel(int portalCode) {
        this.portalCode = portalCode;
    }

    public int portalCode() {
        return portalCode;
    }
}
