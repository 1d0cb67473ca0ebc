package vn.dvc.kiosk.kiosk.profile;

import java.util.List;
import java.util.Locale;

import vn.dvc.kiosk.shared.i18n.ResidentScreenOptions;

/** The profile's {@code kiosk.profile.languages} and {@code volume}, as the resident screens ask for them. */
record ProfileScreenOptions(List<Locale> languages, int speechVolume) implements ResidentScreenOptions {

    ProfileScreenOptions {
        languages = List.copyOf(languages);
    }
}
