package vn.dvc.kiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Debian launcher as far as it can be tried on a build machine: the units pass {@code systemd-analyze verify},
 * the browser policies lock Chromium down, and the install script lays the files out (into a folder, DESTDIR).
 */
class KioskLauncherFilesTest {

    private static final Path SYSTEMD_ANALYZE = Path.of("/usr/bin/systemd-analyze");
    private static final Pattern EXEC = Pattern.compile("^(Exec\\w+=)(\\S+)", Pattern.MULTILINE);

    record Result(int exitCode, String output) {
    }

    private static Result run(Path workDir, List<String> command, String... environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        for (int i = 0; i < environment.length; i += 2) {
            builder.environment().put(environment[i], environment[i + 1]);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
        return new Result(process.exitValue(), output);
    }

    /**
     * verify fails a unit whose programs are missing, and a build machine has no cage (nor, maybe, java): those
     * programs become /bin/true in a copy, and the copy is verified. Everything else is verified as written.
     */
    private static Path copyForVerify(Path unit, Path dir, List<String> replaced) throws IOException {
        String text = Files.readString(unit);
        Matcher exec = EXEC.matcher(text);
        StringBuilder copy = new StringBuilder();
        while (exec.find()) {
            String program = exec.group(2);
            boolean missing = !Files.isExecutable(Path.of(program));
            if (missing) {
                replaced.add(program);
            }
            exec.appendReplacement(copy, Matcher.quoteReplacement(exec.group(1) + (missing ? "/bin/true" : program)));
        }
        exec.appendTail(copy);
        Path target = dir.resolve(unit.getFileName());
        Files.writeString(target, copy);
        return target;
    }

    @Test
    void bothUnitsPassSystemdAnalyzeVerify(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(SYSTEMD_ANALYZE), "systemd-analyze is not installed");
        List<String> replaced = new ArrayList<>();
        Path app = copyForVerify(KioskLauncherUnits.APP_UNIT, dir, replaced);
        Path browser = copyForVerify(KioskLauncherUnits.BROWSER_UNIT, dir, replaced);

        Result result = run(dir, List.of(SYSTEMD_ANALYZE.toString(), "verify", "--man=no", app.toString(),
                browser.toString()));

        assertThat(result.output()).as("systemd-analyze verify (missing programs replaced: %s)", replaced).isEmpty();
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void theAppRunsAsItsOwnUserWithItsSecretsAndProfileAndRestarts() {
        Path unit = KioskLauncherUnits.APP_UNIT;
        assertThat(KioskLauncherUnits.directive(unit, "User")).isEqualTo("dvc-kiosk");
        assertThat(KioskLauncherUnits.directive(unit, "EnvironmentFile")).isEqualTo("-/etc/dvc-kiosk/env");
        assertThat(KioskLauncherUnits.directive(unit, "ExecStart")).contains("-jar /opt/dvc-kiosk/dvc-kiosk.jar");
        assertThat(KioskLauncherUnits.directive(unit, "Restart")).isEqualTo("on-failure");
        assertThat(KioskLauncherUnits.directive(unit, "NoNewPrivileges")).isEqualTo("yes");
        assertThat(KioskLauncherUnits.directive(unit, "ProtectSystem")).isEqualTo("strict");
        assertThat(KioskLauncherUnits.directive(unit, "ReadWritePaths")).isEqualTo("/var/lib/dvc-kiosk");
        assertThat(KioskLauncherUnits.directive(unit, "WorkingDirectory")).isEqualTo("/var/lib/dvc-kiosk");
        assertThat(KioskLauncherUnits.directive(unit, "Environment")).isEqualTo("KIOSK_PROFILE=/etc/dvc-kiosk/kiosk.yml");
    }

    @Test
    void theScreenIsChromiumInKioskModeAfterTheAppIsHealthyAndComesBackAfterACrash() {
        Path unit = KioskLauncherUnits.BROWSER_UNIT;
        assertThat(KioskLauncherUnits.directive(unit, "ExecStart")).startsWith("/usr/bin/cage -d -- /usr/bin/chromium")
                .endsWith("${DVC_KIOSK_URL}");
        assertThat(KioskLauncherUnits.chromiumSwitches()).contains("--kiosk", "--no-first-run", "--noerrdialogs");
        assertThat(KioskLauncherUnits.directive(unit, "ExecStartPre")).contains("curl").contains("--retry")
                .endsWith("${DVC_KIOSK_HEALTH_URL}");
        assertThat(KioskLauncherUnits.directive(unit, "Environment"))
                .isEqualTo("DVC_KIOSK_URL=http://localhost:8080/");
        assertThat(KioskLauncherUnits.directive(unit, "Restart")).isEqualTo("always");
        assertThat(KioskLauncherUnits.directive(unit, "User")).isEqualTo("dvc-kiosk-screen");
    }

    @Test
    void thePoliciesLockChromiumToTheApp() throws IOException {
        JsonNode policies = JsonMapper.builder().build().readTree(Files.readString(KioskLauncherUnits.POLICIES));

        assertThat(texts(policies.get("VideoCaptureAllowedUrls"))).containsExactly("http://localhost:8080");
        assertThat(policies.get("DownloadRestrictions").asInt()).isEqualTo(3);
        assertThat(policies.get("DeveloperToolsAvailability").asInt()).isEqualTo(2);
        assertThat(texts(policies.get("ClearBrowsingDataOnExitList"))).contains("browsing_history",
                "cookies_and_other_site_data", "cached_images_and_files", "autofill", "download_history");
        assertThat(policies.get("SyncDisabled").asBoolean()).isTrue();
        assertThat(texts(policies.get("URLBlocklist"))).containsExactly("*");
        assertThat(texts(policies.get("URLAllowlist"))).containsExactly("localhost:8080", "127.0.0.1:8080");
        assertThat(policies.get("PasswordManagerEnabled").asBoolean()).isFalse();
        assertThat(policies.get("AutofillAddressEnabled").asBoolean()).isFalse();
        assertThat(policies.get("AutofillCreditCardEnabled").asBoolean()).isFalse();
        assertThat(policies.get("TranslateEnabled").asBoolean()).isFalse();
        assertThat(policies.get("IncognitoModeAvailability").asInt()).isEqualTo(1);
        assertThat(policies.get("AudioCaptureAllowed").asBoolean()).isFalse();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }

    @Test
    void theInstallScriptLaysOutTheFilesAndKeepsTheInstallersProfile(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("dvc-kiosk-test.jar"), "not really a jar");
        Path root = dir.resolve("root");
        List<String> install = List.of("sh", KioskLauncherUnits.INSTALL.toAbsolutePath().toString(), "--jar",
                jar.toString());

        Result first = run(Path.of("."), install, "DESTDIR", root.toString());

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(root.resolve("opt/dvc-kiosk/dvc-kiosk.jar")).hasContent("not really a jar");
        assertThat(root.resolve("etc/systemd/system/dvc-kiosk.service")).hasSameTextualContentAs(
                KioskLauncherUnits.APP_UNIT);
        assertThat(root.resolve("etc/systemd/system/dvc-kiosk-browser.service")).hasSameTextualContentAs(
                KioskLauncherUnits.BROWSER_UNIT);
        assertThat(root.resolve("etc/chromium/policies/managed/dvc-kiosk.json")).hasSameTextualContentAs(
                KioskLauncherUnits.POLICIES);
        assertThat(root.resolve("etc/dvc-kiosk/kiosk.yml")).hasSameTextualContentAs(
                Path.of("kiosk-config/kiosk.example.yml"));
        Path secrets = root.resolve("etc/dvc-kiosk/env");
        assertThat(Files.getPosixFilePermissions(secrets))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        assertThat(first.output()).contains("not creating the users");

        // run again, as an update would: the installer's profile stays
        Files.writeString(root.resolve("etc/dvc-kiosk/kiosk.yml"), "kiosk:\n  profile:\n    id: EDITED\n");
        Result again = run(Path.of("."), install, "DESTDIR", root.toString());

        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(root.resolve("etc/dvc-kiosk/kiosk.yml")).content().contains("EDITED");
        assertThat(again.output()).contains("keeping the existing /etc/dvc-kiosk/kiosk.yml");
    }

    @Test
    void aProvinceKioskOpensOnlyTheProvinceServer(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("dvc-kiosk-test.jar"), "jar");
        Path root = dir.resolve("root");

        Result result = run(Path.of("."), List.of("sh", KioskLauncherUnits.INSTALL.toAbsolutePath().toString(),
                "--jar", jar.toString(), "--origin", "https://dvc.example.gov.vn"), "DESTDIR", root.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        JsonNode policies = JsonMapper.builder().build()
                .readTree(Files.readString(root.resolve("etc/chromium/policies/managed/dvc-kiosk.json")));
        assertThat(texts(policies.get("VideoCaptureAllowedUrls"))).containsExactly("https://dvc.example.gov.vn");
        assertThat(texts(policies.get("URLAllowlist"))).containsExactly("dvc.example.gov.vn");
        assertThat(root.resolve("etc/dvc-kiosk/browser.env")).content()
                .contains("DVC_KIOSK_URL=https://dvc.example.gov.vn/?man-hinh=kiosk");
    }

    @Test
    void aDryRunChangesNothing(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("dvc-kiosk-test.jar"), "jar");
        Path root = dir.resolve("root");

        Result result = run(Path.of("."), List.of("sh", KioskLauncherUnits.INSTALL.toAbsolutePath().toString(),
                "--jar", jar.toString(), "--dry-run"), "DESTDIR", root.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("would run: install -m 0644 " + jar);
        assertThat(root).doesNotExist();
    }
}
