package vn.dvc.kiosk.kiosk.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.dvc.kiosk.DvcKioskApplication;

/**
 * What an installer sees when the profile is wrong: the real app refuses to start, before its database, with Spring
 * Boot's failure report listing every wrong value.
 */
@ExtendWith(OutputCaptureExtension.class)
class KioskProfileStartupTest {

    /**
     * Starting a whole app here replaces JVM-wide state the cached test contexts rely on (Vaadin's security
     * configuration installs its own {@link SecurityContextHolderStrategy} while the app starts, and the app that
     * failed never puts it back): later browserless tests with {@code @WithUserDetails} would sign in through the
     * dead app's strategy and be sent to the sign-in screen. Kept and restored around each start.
     */
    private SecurityContextHolderStrategy strategyBefore;

    @BeforeEach
    void keepTheSecurityStrategy() {
        strategyBefore = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterEach
    void restoreTheSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(strategyBefore);
    }

    @Test
    void theAnalyzerIsRegistered() {
        List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
                .load(FailureAnalyzer.class, SpringFactoriesLoader.ArgumentResolver.none(),
                        SpringFactoriesLoader.FailureHandler.logging(
                                org.apache.commons.logging.LogFactory.getLog(getClass())));
        assertThat(analyzers).hasAtLeastOneElementOfType(KioskProfileFailureAnalyzer.class);
    }

    @Test
    void aWrongProfileStopsTheAppWithAReadableReport(CapturedOutput output) {
        SpringApplication app = new SpringApplication(DvcKioskApplication.class);

        assertThatThrownBy(() -> app.run("--server.port=0", "--kiosk.profile.id=KIOSK-TEST",
                "--kiosk.profile.commune-code=00070", "--kiosk.profile.volume=150",
                "--kiosk.printer.paper-width-mm=0", "--kiosk.printer.type=ESCPOS_DEVICE", "--kiosk.printer.device=",
                "--kiosk.server.mode=PROVINCE", "--kiosk.server.url=http://dvc.example.gov.vn"))
                .isInstanceOf(KioskProfileException.class);

        assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START")
                .contains("The kiosk profile has 4 wrong values")
                .contains("kiosk.profile.volume is \"150\"")
                .contains("kiosk.printer.paper-width-mm is \"0\"")
                .contains("kiosk.printer.device is not set")
                .contains("kiosk.server.url is \"http://dvc.example.gov.vn\"")
                .contains("Action:").contains("Correct these values")
                // refused before the database was started
                .doesNotContain("MariaDB");
    }

    @Test
    void anUnknownCommuneOrProcedureStopsTheAppOnceTheCatalogIsLoaded(CapturedOutput output) {
        SpringApplication app = new SpringApplication(DvcKioskApplication.class);

        assertThatThrownBy(() -> app.run("--server.port=0", "--kiosk.profile.id=KIOSK-TEST",
                "--kiosk.profile.commune-code=99999", "--kiosk.profile.enabled-procedures=1.001193,9.999999"))
                .isInstanceOf(KioskProfileException.class);

        assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START")
                .contains("The kiosk profile has 2 wrong values")
                .contains("kiosk.profile.commune-code is \"99999\" (from commandLineArgs)").contains("no commune or ward has this code")
                .contains("kiosk.profile.enabled-procedures[1] is \"9.999999\" (from commandLineArgs)").contains("has no procedure with this code");
    }
}
