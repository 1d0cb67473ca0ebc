package vn.dvc.kiosk.kiosk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The Debian launcher's files, read by the tests so that what they check is what gets installed. */
final class KioskLauncherUnits {

    static final Path DEBIAN = Path.of("kiosk-config/debian");
    static final Path APP_UNIT = DEBIAN.resolve("dvc-kiosk.service");
    static final Path BROWSER_UNIT = DEBIAN.resolve("dvc-kiosk-browser.service");
    static final Path POLICIES = DEBIAN.resolve("chromium-policies/dvc-kiosk.json");
    static final Path INSTALL = DEBIAN.resolve("install-kiosk.sh");
    static final String CHROMIUM = "/usr/bin/chromium";

    private KioskLauncherUnits() {
    }

    /** The value of the first {@code key=} line of a unit. */
    static String directive(Path unit, String key) {
        try {
            return Files.readAllLines(unit).stream().filter(line -> line.startsWith(key + "="))
                    .map(line -> line.substring(key.length() + 1)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(unit + " has no " + key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The Chromium switches of the browser unit's ExecStart: every word after {@code /usr/bin/chromium} that starts
     * with {@code --} (the last word is the app's address, {@code ${DVC_KIOSK_URL}}).
     */
    static List<String> chromiumSwitches() {
        List<String> words = Arrays.asList(directive(BROWSER_UNIT, "ExecStart").split("\\s+"));
        int chromium = words.indexOf(CHROMIUM);
        if (chromium < 0) {
            throw new IllegalStateException("the browser unit does not start " + CHROMIUM);
        }
        return words.subList(chromium + 1, words.size()).stream().filter(word -> word.startsWith("--")).toList();
    }
}
