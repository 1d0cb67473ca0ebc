package vn.dvc.kiosk.kiosk;

import java.net.URI;

/**
 * Which server the kiosk works with ({@code kiosk.server.*}).
 *
 * @param mode LOCAL (this PC runs the whole app with its own database) or PROVINCE (the province's server)
 * @param url  for PROVINCE the server's https address; for LOCAL null unless set
 */
public record ServerSettings(Mode mode, URI url) {

    public enum Mode {
        LOCAL, PROVINCE
    }

    public static ServerSettings local() {
        return new ServerSettings(Mode.LOCAL, null);
    }
}
