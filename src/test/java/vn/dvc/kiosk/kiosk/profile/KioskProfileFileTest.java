package vn.dvc.kiosk.kiosk.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import vn.dvc.kiosk.kiosk.CameraSettings;
import vn.dvc.kiosk.kiosk.HealthSettings;
import vn.dvc.kiosk.kiosk.KioskProfile;
import vn.dvc.kiosk.kiosk.PrinterSettings;
import vn.dvc.kiosk.kiosk.ServerSettings;

/** Whole profile files, read the way the app reads them: the profile over application.yml. */
class KioskProfileFileTest {

    private static List<ConfigurationPropertySource> profileOverDefaults(Resource profile) throws IOException {
        YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
        List<PropertySource<?>> sources = new ArrayList<>(yaml.load("profile", profile));
        sources.addAll(yaml.load("application.yml", new ClassPathResource("application.yml")));
        List<ConfigurationPropertySource> result = new ArrayList<>();
        ConfigurationPropertySources.from(sources).forEach(result::add);
        return result;
    }

    @Test
    void aWholeProfileBinds() throws IOException {
        KioskProfile profile = KioskProfileReader.read(
                profileOverDefaults(new ClassPathResource("kiosk-profiles/full-kiosk.yml")), "full-kiosk.yml");

        assertThat(profile).isEqualTo(new KioskProfile("KIOSK-00070-01", "00070", List.of("vi", "en"),
                Duration.ofMinutes(3), Duration.ofSeconds(40),
                new CameraSettings(CameraSettings.Source.WEBCAM, "Document Camera", 1920, 1080),
                new PrinterSettings(PrinterSettings.Type.ESCPOS_DEVICE, "/dev/usb/lp0", null, 58),
                java.util.Set.of("1.001193", "1.000894"), 65,
                new ServerSettings(ServerSettings.Mode.PROVINCE, URI.create("https://dvc.hanoi.example.gov.vn")),
                new HealthSettings(Duration.ofSeconds(30), Duration.ofMinutes(5), null)));
        assertThat(profile.offers("1.001193")).isTrue();
        assertThat(profile.offers("1.004222")).isFalse();
    }

    @Test
    void aProblemFoundInTheDatabaseNamesItsPlaceInTheFile() throws IOException {
        var sources = profileOverDefaults(new ClassPathResource("kiosk-profiles/full-kiosk.yml"));

        List<ProfileProblem> located = KioskProfileReader.located(List.of(
                new ProfileProblem(KioskProfileReader.PROCEDURES, "1.000894", "not in the catalog"),
                new ProfileProblem(KioskProfileReader.COMMUNE, "00070", "no such commune")), sources);

        assertThat(located).extracting(ProfileProblem::describe).containsExactly(
                "kiosk.profile.enabled-procedures[1] is \"1.000894\" (class path resource "
                        + "[kiosk-profiles/full-kiosk.yml] line 9): not in the catalog",
                "kiosk.profile.commune-code is \"00070\" (class path resource [kiosk-profiles/full-kiosk.yml] "
                        + "line 5): no such commune");
    }

    @Test
    void theExampleProfileShippedToInstallersIsValid() throws IOException {
        KioskProfile profile = KioskProfileReader.read(
                profileOverDefaults(new FileSystemResource(Path.of("kiosk-config/kiosk.example.yml"))),
                "kiosk.example.yml");

        assertThat(profile.isKiosk()).isTrue();
        assertThat(profile.communeCode()).matches("\\d{5}");
    }

    @Test
    void aWrongProfileNamesEveryWrongLineOfItsFile() throws IOException {
        KioskProfileException e = catchThrowableOfType(KioskProfileException.class, () -> KioskProfileReader.read(
                profileOverDefaults(new ClassPathResource("kiosk-profiles/wrong-kiosk.yml")), "wrong-kiosk.yml"));

        assertThat(e.problems()).extracting(ProfileProblem::describe).containsExactly(
                "kiosk.profile.commune-code is \"70\" (class path resource [kiosk-profiles/wrong-kiosk.yml] line 5): "
                        + "use the 5-digit code of a commune or ward since 1 July 2025, e.g. 00070.",
                "kiosk.printer.type is \"LASER\" (class path resource [kiosk-profiles/wrong-kiosk.yml] line 8): use "
                        + "NONE (no printer), ESCPOS_DEVICE (a thermal receipt printer on a device file such as "
                        + "/dev/usb/lp0) or SYSTEM_PRINTER (a CUPS printer queue).",
                "kiosk.profile.volume is \"150\" (class path resource [kiosk-profiles/wrong-kiosk.yml] line 6): use "
                        + "a whole number from 0 (silent) to 100 (loudest).");
    }
}
