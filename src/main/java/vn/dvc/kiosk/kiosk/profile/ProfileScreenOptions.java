package vn.dvc.kiosk.kiosk.profile;

import java.util.List;
import java.util.Locale;

import vn.dvc.kiosk.shared.i18n.ResidentScreenOptions;

/**
 * The profile's {@code kiosk.profile.languages} and {@code volume}, as the resident screens ask for them; the screens
 * are a kiosk's touch screen when this app is a kiosk serving its own screen ({@code kiosk.server.mode: LOCAL}).
 */
record ProfileScreenOptions(List<Locale> languages, int speechVolume, boolean kioskTouchScreen)
        implements ResidentScreenOptions {

    ProfileScreenOptions {
        languages = List.copyOf(languages);
    }
}
