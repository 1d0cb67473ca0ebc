package vn.dvc.kiosk.kiosk.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.boot.info.BuildProperties;

/** The version a heartbeat reports: the build's, else "dev"; never something the server would refuse. */
class AppVersionTest {

    private static BuildProperties build(String version) {
        Properties properties = new Properties();
        properties.setProperty("version", version);
        return new BuildProperties(properties);
    }

    @Test
    void theBuildsVersionElseDev() {
        assertThat(AppVersion.of(build("0.1.0-SNAPSHOT"))).isEqualTo("0.1.0-SNAPSHOT");
        // run from classes: no build info, no manifest
        assertThat(AppVersion.of(null)).isEqualTo(AppVersion.DEV);
        assertThat(AppVersion.of(build("1.0 beta <script>"))).isEqualTo(AppVersion.DEV);
    }
}
