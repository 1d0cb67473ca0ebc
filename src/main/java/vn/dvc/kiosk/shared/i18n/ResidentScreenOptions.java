package vn.dvc.kiosk.shared.i18n;

import java.util.List;
import java.util.Locale;

import vn.dvc.kiosk.shared.web.KioskScreenCookie;

/**
 * What the place the app runs in asks of the resident screens: the languages residents may choose (Vietnamese
 * first), how loud the screens read aloud, and whether they are a kiosk's locked touch screen. The kiosk module provides it from the kiosk's profile; owned here so
 * that the layout depends on nothing that depends on it. With no such bean, both languages at full volume.
 */
public interface ResidentScreenOptions {

    /** Both languages, full volume: a plain server, a tablet, the demo. */
    ResidentScreenOptions ALL = new ResidentScreenOptions() {
        @Override
        public List<Locale> languages() {
            return KioskLocales.ALL;
        }

        @Override
        public int speechVolume() {
            return 100;
        }

        @Override
        public boolean kioskTouchScreen() {
            return false;
        }
    };

    /** The languages offered, Vietnamese first; one language means no language switch. */
    List<Locale> languages();

    /** Read-aloud volume 0 (silent: no read-aloud button) to 100. */
    int speechVolume();

    /**
     * Whether the resident screens are shown on a kiosk's own touch screen (the kiosk's browser locked to this app):
     * then nothing on them may lead out of the app (a payment site's link, a file to download), because nothing
     * leads back. False on a tablet or a server, where the same link is what the resident needs.
     */
    boolean kioskTouchScreen();

    /**
     * Whether the screen being drawn is a kiosk's touch screen: this app is the kiosk ({@link #kioskTouchScreen()}),
     * or a kiosk's browser said so to this (province) server ({@link KioskScreenCookie}). Screens ask this one.
     */
    default boolean drawingForKioskTouchScreen() {
        return kioskTouchScreen() || KioskScreenCookie.sentWithTheCurrentRequest();
    }

    default boolean offers(Locale locale) {
        return languages().stream().anyMatch(offered -> offered.getLanguage().equals(locale.getLanguage()));
    }
}
