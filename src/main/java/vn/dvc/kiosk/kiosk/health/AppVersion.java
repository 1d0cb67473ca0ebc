package vn.dvc.kiosk.kiosk.health;

import org.springframework.boot.info.BuildProperties;

/**
 * The app's version for the heartbeat: Spring Boot's build info (the build writes it, {@code build-info} goal), else
 * the jar manifest's Implementation-Version, else "dev" (run from an IDE without a build).
 */
final class AppVersion {

    static final String DEV = "dev";

    private AppVersion() {
    }

    static String of(BuildProperties build) {
        String version = build != null ? build.getVersion() : null;
        if (version == null) {
            version = AppVersion.class.getPackage().getImplementationVersion();
        }
        // the server checks the version's form; a strange one must not cost the kiosk its heartbeat
        return version != null && HeartbeatJson.VERSION.matcher(version).matches() ? version : DEV;
    }
}
