package vn.dvc.kiosk.kiosk.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import vn.dvc.kiosk.kiosk.CameraSettings;
import vn.dvc.kiosk.kiosk.HealthSettings;
import vn.dvc.kiosk.kiosk.KioskProfile;
import vn.dvc.kiosk.kiosk.PrinterSettings;
import vn.dvc.kiosk.kiosk.ServerSettings;

/** Every wrong value of a profile is named with its key, its value and what it takes. */
class KioskProfileReaderTest {

    /** The app's own defaults (application.yml) plus a valid kiosk: the base each test spoils one value of. */
    private static Map<String, Object> validKiosk() {
        Map<String, Object> values = new HashMap<>();
        values.put("kiosk.idle.timeout", "120s");
        values.put("kiosk.idle.warning", "30s");
        values.put("kiosk.camera.source", "NONE");
        values.put("kiosk.camera.device", "");
        values.put("kiosk.camera.width", 1280);
        values.put("kiosk.camera.height", 720);
        values.put("kiosk.profile.id", "KIOSK-00070-01");
        values.put("kiosk.profile.commune-code", "00070");
        return values;
    }

    private static KioskProfile read(Map<String, Object> values) {
        return KioskProfileReader.read(List.of(new MapConfigurationPropertySource(values)), "test.yml");
    }

    private static List<ProfileProblem> problems(Map<String, Object> values) {
        KioskProfileException e = catchThrowableOfType(KioskProfileException.class, () -> read(values));
        assertThat(e).as("a wrong profile is refused").isNotNull();
        return e.problems();
    }

    private static ProfileProblem onlyProblem(String key, Object value) {
        Map<String, Object> values = validKiosk();
        values.put(key, value);
        List<ProfileProblem> problems = problems(values);
        assertThat(problems).hasSize(1);
        return problems.getFirst();
    }

    @Test
    void theDemoWithNoProfileIsAPlainServerWithValidDefaults() {
        Map<String, Object> values = validKiosk();
        values.remove("kiosk.profile.id");
        values.remove("kiosk.profile.commune-code");

        KioskProfile profile = read(values);

        assertThat(profile.isKiosk()).isFalse();
        assertThat(profile.languages()).containsExactly("vi", "en");
        assertThat(profile.printer()).isEqualTo(PrinterSettings.none());
        assertThat(profile.enabledProcedures()).isEmpty();
        assertThat(profile.offers("1.001193")).isTrue();
        assertThat(profile.volume()).isEqualTo(80);
        assertThat(profile.server()).isEqualTo(ServerSettings.local());
        assertThat(profile.camera()).isEqualTo(new CameraSettings(CameraSettings.Source.NONE, "", 1280, 720));
        assertThat(profile.idleTimeout()).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void aKioskNeedsItsCommune() {
        Map<String, Object> values = validKiosk();
        values.remove("kiosk.profile.commune-code");

        assertThat(problems(values)).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("kiosk.profile.commune-code");
            assertThat(p.describe()).contains("is not set").contains("5-digit code").contains("00070");
        });
    }

    @Test
    void aBadCommuneCodeIsNamed() {
        ProfileProblem p = onlyProblem("kiosk.profile.commune-code", "Hoan Kiem");

        assertThat(p.describe()).startsWith("kiosk.profile.commune-code is \"Hoan Kiem\"").contains("5-digit code");
    }

    @Test
    void aKioskIdWithSpacesIsRefused() {
        assertThat(onlyProblem("kiosk.profile.id", "kiosk one").describe())
                .startsWith("kiosk.profile.id is \"kiosk one\"").contains("letters, digits");
    }

    @Test
    void volumeGoesFromZeroToAHundred() {
        ProfileProblem p = onlyProblem("kiosk.profile.volume", 150);
        assertThat(p.key()).isEqualTo("kiosk.profile.volume");
        assertThat(p.value()).isEqualTo("150");
        assertThat(p.allowed()).isEqualTo("use a whole number from 0 (silent) to 100 (loudest).");
        assertThat(onlyProblem("kiosk.profile.volume", "loud").value()).isEqualTo("loud");
    }

    @Test
    void paperIs58Or80MillimetresWide() {
        assertThat(onlyProblem("kiosk.printer.paper-width-mm", 0).describe())
                .startsWith("kiosk.printer.paper-width-mm is \"0\"").contains("use 58 or 80");
        assertThat(onlyProblem("kiosk.printer.paper-width-mm", 70).describe()).contains("use 58 or 80");
    }

    @Test
    void anUnknownPrinterTypeListsTheThreeKinds() {
        assertThat(onlyProblem("kiosk.printer.type", "LASER").describe()).startsWith("kiosk.printer.type is \"LASER\"")
                .contains("NONE").contains("ESCPOS_DEVICE").contains("SYSTEM_PRINTER");
    }

    @Test
    void anEscPosPrinterNeedsItsDevice() {
        ProfileProblem p = onlyProblem("kiosk.printer.type", "ESCPOS_DEVICE");

        assertThat(p.key()).isEqualTo("kiosk.printer.device");
        assertThat(p.describe()).contains("is not set").contains("/dev/usb/lp0");
    }

    @Test
    void anEscPosDeviceIsAFullPath() {
        Map<String, Object> values = validKiosk();
        values.put("kiosk.printer.type", "escpos-device");
        values.put("kiosk.printer.device", "lp0");

        assertThat(problems(values)).singleElement()
                .satisfies(p -> assertThat(p.describe()).startsWith("kiosk.printer.device is \"lp0\""));
    }

    @Test
    void aSystemPrinterNeedsAQueueNameCupsAccepts() {
        assertThat(onlyProblem("kiosk.printer.type", "SYSTEM_PRINTER").key()).isEqualTo("kiosk.printer.queue");
        Map<String, Object> values = validKiosk();
        values.put("kiosk.printer.type", "SYSTEM_PRINTER");
        values.put("kiosk.printer.queue", "Office A5");
        assertThat(problems(values)).singleElement()
                .satisfies(p -> assertThat(p.describe()).startsWith("kiosk.printer.queue is \"Office A5\""));
    }

    @Test
    void aValidPrinterIsExposedForPrinting() {
        Map<String, Object> values = validKiosk();
        values.put("kiosk.printer.type", "SYSTEM_PRINTER");
        values.put("kiosk.printer.queue", "Office_A5");
        values.put("kiosk.printer.device", "/dev/usb/lp0");

        assertThat(read(values).printer())
                .isEqualTo(new PrinterSettings(PrinterSettings.Type.SYSTEM_PRINTER, null, "Office_A5", 80));
    }

    @Test
    void aProvinceServerNeedsAnHttpsAddress() {
        Map<String, Object> values = validKiosk();
        values.put("kiosk.server.mode", "PROVINCE");
        assertThat(problems(values)).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("kiosk.server.url");
            assertThat(p.describe()).contains("is not set").contains("https");
        });

        values.put("kiosk.server.url", "http://dvc.example.gov.vn");
        assertThat(problems(values)).singleElement().satisfies(p -> assertThat(p.describe())
                .startsWith("kiosk.server.url is \"http://dvc.example.gov.vn\"").contains("never plain http"));

        values.put("kiosk.server.url", "https://dvc.example.gov.vn");
        assertThat(read(values).server())
                .isEqualTo(new ServerSettings(ServerSettings.Mode.PROVINCE, URI.create("https://dvc.example.gov.vn")));
    }

    @Test
    void healthReportsDefaultToEveryMinuteAndFlagAfterTenMinutesWithoutASecret() {
        assertThat(read(validKiosk()).health()).isEqualTo(HealthSettings.defaults());
        assertThat(read(validKiosk()).health().hasSecret()).isFalse();
    }

    @Test
    void healthIntervalAndSilenceAreDurationsInRange() {
        assertThat(onlyProblem("kiosk.health.interval", "often").describe())
                .startsWith("kiosk.health.interval is \"often\"").contains("10s to 1h");
        assertThat(onlyProblem("kiosk.health.interval", "2s").describe()).contains("10s to 1h");
        assertThat(onlyProblem("kiosk.health.silent-after", "25h").describe()).contains("at most 24h");

        Map<String, Object> values = validKiosk();
        values.put("kiosk.health.interval", "5m");
        values.put("kiosk.health.silent-after", "8m");
        assertThat(problems(values)).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("kiosk.health.silent-after");
            assertThat(p.describe()).contains("twice kiosk.health.interval (5m)");
        });

        values.put("kiosk.health.silent-after", "10m");
        assertThat(read(values).health()).isEqualTo(
                new HealthSettings(Duration.ofMinutes(5), Duration.ofMinutes(10), null));
    }

    @Test
    void aShortHealthSecretIsRefusedWithoutBeingShown() {
        ProfileProblem problem = onlyProblem("kiosk.health.secret", "hunter2");
        assertThat(problem.describe()).contains("(7 characters)").contains("at least 32").doesNotContain("hunter2");

        Map<String, Object> values = validKiosk();
        String secret = "0123456789abcdef0123456789abcdef";
        values.put("kiosk.health.secret", secret);
        HealthSettings health = read(values).health();
        assertThat(health.secret()).isEqualTo(secret);
        assertThat(health.toString()).doesNotContain(secret);
    }

    @Test
    void anUnknownServerModeIsNamed() {
        assertThat(onlyProblem("kiosk.server.mode", "CLOUD").describe()).startsWith("kiosk.server.mode is \"CLOUD\"")
                .contains("LOCAL").contains("PROVINCE");
    }

    @Test
    void languagesAreViFirstThenEn() {
        assertThat(onlyProblem("kiosk.profile.languages", "vi, fr").describe())
                .startsWith("kiosk.profile.languages is \"vi, fr\"").contains("not fr");
        assertThat(onlyProblem("kiosk.profile.languages", "en, vi").describe()).contains("Vietnamese always comes first");
        assertThat(onlyProblem("kiosk.profile.languages", "vi, vi").describe()).contains("each language once");

        Map<String, Object> values = validKiosk();
        values.put("kiosk.profile.languages", "vi");
        assertThat(read(values).languages()).containsExactly("vi");
        assertThat(read(values).offersEnglish()).isFalse();
    }

    @Test
    void theIdleWarningIsShorterThanTheTimeout() {
        assertThat(onlyProblem("kiosk.idle.warning", "120s").describe())
                .startsWith("kiosk.idle.warning is \"120s\"").contains("shorter than kiosk.idle.timeout (120s)");
        assertThat(onlyProblem("kiosk.idle.warning", "10s").describe()).contains("at least 20s");
        assertThat(onlyProblem("kiosk.idle.timeout", "soon").allowed()).isEqualTo("use a duration such as 90s or 2m.");
    }

    @Test
    void cameraValuesAreChecked() {
        assertThat(onlyProblem("kiosk.camera.source", "USB").describe()).startsWith("kiosk.camera.source is \"USB\"")
                .contains("WEBCAM");
        assertThat(onlyProblem("kiosk.camera.width", 0).describe()).startsWith("kiosk.camera.width is \"0\"")
                .contains("pixels");
        assertThat(onlyProblem("kiosk.camera.height", "tall").key()).isEqualTo("kiosk.camera.height");
    }

    @Test
    void aProcedureListedTwiceIsNamedByItsPlace() {
        Map<String, Object> values = validKiosk();
        values.put("kiosk.profile.enabled-procedures[0]", "1.001193");
        values.put("kiosk.profile.enabled-procedures[1]", "1.001193");

        assertThat(problems(values)).singleElement().satisfies(p -> assertThat(p.describe())
                .startsWith("kiosk.profile.enabled-procedures[1] is \"1.001193\"").contains("each procedure once"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Map<String, Object> values = validKiosk();
        values.put("kiosk.profile.volume", 150);
        values.put("kiosk.printer.paper-width-mm", 0);
        values.put("kiosk.printer.type", "ESCPOS_DEVICE");
        values.put("kiosk.server.mode", "PROVINCE");
        values.put("kiosk.profile.languages", "vi, fr");
        values.put("kiosk.idle.warning", "5m");

        assertThat(problems(values)).extracting(ProfileProblem::key).containsExactlyInAnyOrder(
                "kiosk.profile.volume", "kiosk.printer.paper-width-mm", "kiosk.printer.device", "kiosk.server.url",
                "kiosk.profile.languages", "kiosk.idle.warning");
    }

    @Test
    void unknownCommunesAndProceduresAreFoundOnceTheDatabaseIsUp() {
        Map<String, Object> values = validKiosk();
        values.put("kiosk.profile.commune-code", "99999");
        values.put("kiosk.profile.enabled-procedures", "1.001193, 9.999999");
        KioskProfile profile = read(values);

        List<ProfileProblem> problems = KioskProfileReferences.problems(profile, "00070"::equals,
                "1.001193"::equals, 36);

        assertThat(problems).extracting(ProfileProblem::describe).containsExactly(
                "kiosk.profile.commune-code is \"99999\": no commune or ward has this code since 1 July 2025 (the "
                        + "2025 reform renumbered many); use the 5-digit code of today's commune or ward, e.g. 00070 "
                        + "for Phường Hoàn Kiếm.",
                "kiosk.profile.enabled-procedures is \"9.999999\": the catalog (36 procedures) has no procedure with "
                        + "this code; use codes from the catalog, e.g. 1.001193 (Đăng ký khai sinh), or leave the "
                        + "list empty to offer every procedure.");
    }

    @Test
    void theFailureReportNamesTheFileAndWhatToDo() {
        Map<String, Object> values = validKiosk();
        values.put("kiosk.profile.volume", 150);
        values.put("kiosk.printer.paper-width-mm", 0);
        KioskProfileException e = catchThrowableOfType(KioskProfileException.class, () -> read(values));

        var analysis = new KioskProfileFailureAnalyzer().analyze(new IllegalStateException("wrapped", e));

        assertThat(analysis.getDescription()).startsWith("The kiosk profile has 2 wrong values (profile file: test.yml)")
                .contains("  - kiosk.profile.volume is \"150\"").contains("  - kiosk.printer.paper-width-mm is \"0\"");
        assertThat(analysis.getAction()).contains("Correct these values").contains("kiosk.example.yml");
    }

    @Test
    void theProfileFileVariableIsNotMistakenForAProfileValue() {
        // KIOSK_PROFILE names the profile file (application.yml) and relaxes to "kiosk.profile": no value here
        var environment = new org.springframework.core.env.SystemEnvironmentPropertySource("systemEnvironment",
                Map.of("KIOSK_PROFILE", "/etc/dvc-kiosk/kiosk.yml", "KIOSK_PROFILE_VOLUME", "40"));
        List<org.springframework.boot.context.properties.source.ConfigurationPropertySource> sources =
                new java.util.ArrayList<>();
        org.springframework.boot.context.properties.source.ConfigurationPropertySources.from(environment)
                .forEach(sources::add);
        sources.add(new MapConfigurationPropertySource(validKiosk()));

        KioskProfile profile = KioskProfileReader.read(sources, "/etc/dvc-kiosk/kiosk.yml");

        assertThat(profile.id()).isEqualTo("KIOSK-00070-01");
        assertThat(profile.volume()).isEqualTo(40);
    }

    @Test
    void aPlainServerNeedsNoKioskValuesButStillRefusesWrongOnes() {
        Map<String, Object> values = validKiosk();
        values.remove("kiosk.profile.id");
        values.remove("kiosk.profile.commune-code");
        values.put("kiosk.profile.volume", -1);

        assertThatThrownBy(() -> read(values)).isInstanceOf(KioskProfileException.class)
                .hasMessageContaining("kiosk.profile.volume is \"-1\"");
    }
}
