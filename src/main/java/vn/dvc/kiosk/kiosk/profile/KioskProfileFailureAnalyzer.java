package vn.dvc.kiosk.kiosk.profile;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a wrong kiosk profile into Spring Boot's "APPLICATION FAILED TO START" block: the installer reads which keys
 * are wrong, what they hold and what they take, instead of a stack trace. Registered in META-INF/spring.factories.
 */
public class KioskProfileFailureAnalyzer extends AbstractFailureAnalyzer<KioskProfileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, KioskProfileException cause) {
        int count = cause.problems().size();
        String description = "The kiosk profile has " + count + (count == 1 ? " wrong value" : " wrong values")
                + " (profile file: " + cause.profileFile() + "):\n\n" + cause.problems().stream()
                        .map(p -> "  - " + p.describe()).collect(Collectors.joining("\n"));
        String action = "Correct " + (count == 1 ? "this value" : "these values") + " in the kiosk's profile ("
                + cause.profileFile() + ", or the file KIOSK_PROFILE names; on an installed kiosk "
                + "/etc/dvc-kiosk/kiosk.yml) and start the app again (sudo systemctl restart dvc-kiosk). Every key "
                + "is explained in kiosk-config/kiosk.example.yml.";
        return new FailureAnalysis(description, action, cause);
    }
}
