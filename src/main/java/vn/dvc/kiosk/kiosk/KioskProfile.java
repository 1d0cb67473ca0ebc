package vn.dvc.kiosk.kiosk;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * This kiosk's profile: one YAML file per kiosk ({@code KIOSK_PROFILE}, default {@code kiosk-config/kiosk.yml}),
 * read over the app's defaults and checked at start-up, so every value here is valid. A Spring bean; inject it.
 *
 * <p>A server with no {@code kiosk.profile.id} is a plain server (the province's, or the demo): it has no kiosk id
 * and no commune, and the kiosk-only values keep their defaults.
 *
 * @param id                this kiosk's id ({@code kiosk.profile.id}); null on a plain server
 * @param communeCode       the commune or ward whose hall the kiosk stands in ({@code kiosk.profile.commune-code},
 *                          a code of today's units); null on a plain server
 * @param languages         the languages offered, as tags: {@code vi} first, then {@code en} if offered
 * @param idleTimeout       {@code kiosk.idle.timeout}
 * @param idleWarning       {@code kiosk.idle.warning}
 * @param camera            {@code kiosk.camera.*}
 * @param printer           {@code kiosk.printer.*}
 * @param enabledProcedures catalog codes of the procedures offered here ({@code kiosk.profile.enabled-procedures});
 *                          empty: all of them
 * @param volume            read-aloud volume 0..100 ({@code kiosk.profile.volume})
 * @param server            {@code kiosk.server.*}
 * @param health            {@code kiosk.health.*}
 */
public record KioskProfile(String id, String communeCode, List<String> languages, Duration idleTimeout,
        Duration idleWarning, CameraSettings camera, PrinterSettings printer, Set<String> enabledProcedures,
        int volume, ServerSettings server, HealthSettings health) {

    public static final String VIETNAMESE = "vi";
    public static final String ENGLISH = "en";

    public KioskProfile {
        languages = List.copyOf(languages);
        enabledProcedures = Set.copyOf(enabledProcedures);
    }

    /** False on a plain server (no kiosk id): nothing stands in a commune hall. */
    public boolean isKiosk() {
        return id != null;
    }

    /** Whether residents at this kiosk may find and file this procedure. */
    public boolean offers(String procedureCode) {
        return enabledProcedures.isEmpty() || enabledProcedures.contains(procedureCode);
    }

    public boolean offersEnglish() {
        return languages.contains(ENGLISH);
    }
}
