package vn.dvc.kiosk.kiosk.health;

import java.util.regex.Pattern;

import org.springframework.boot.info.BuildProperties;

/**
 * The app's version for the heartbeat: Spring Boot's build info (the build writes it, {@code build-info} goal), else
 * the jar manifest's Implementation-Version, else "dev" (run from an IDE without a build).
 */
final class AppVersion {

    static final String DEV = "dev";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,63}");

    private AppVersion() {
    }

    static String of(BuildProperties build) {
        String version = build != null ? build.getVersion() : null;
        if (version == null) {
            version = AppVersion.class.getPackage().getImplementationVersion();
        }
        // the server checks the version's form; a strange one must not cost the kiosk its heartbeat
        return version != null && SAFE.matcher(version).matches() ? version : DEV;
    }
}
