package vn.dvc.kiosk.kiosk.profile;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.UrlResource;
import vn.dvc.kiosk.kiosk.CameraSettings;
import vn.dvc.kiosk.kiosk.HealthSettings;
import vn.dvc.kiosk.kiosk.KioskProfile;
import vn.dvc.kiosk.kiosk.PrinterSettings;
import vn.dvc.kiosk.kiosk.ServerSettings;

/**
 * Reads a kiosk profile from the configuration and checks every value it can check without the database, collecting
 * all the problems rather than stopping at the first: an installer at a commune hall should correct the file once,
 * not once per start. Values are read as text and converted here, so that a wrong enum or number is reported like
 * any other problem instead of as a binding stack trace. The commune and the procedures are checked against the
 * database once it is loaded ({@link KioskProfileReferences}).
 */
public final class KioskProfileReader {

    public static final String ID = "kiosk.profile.id";
    public static final String COMMUNE = "kiosk.profile.commune-code";
    public static final String LANGUAGES = "kiosk.profile.languages";
    public static final String PROCEDURES = "kiosk.profile.enabled-procedures";
    public static final String VOLUME = "kiosk.profile.volume";
    public static final String IDLE_TIMEOUT = "kiosk.idle.timeout";
    public static final String IDLE_WARNING = "kiosk.idle.warning";
    public static final String CAMERA_SOURCE = "kiosk.camera.source";
    public static final String CAMERA_DEVICE = "kiosk.camera.device";
    public static final String CAMERA_WIDTH = "kiosk.camera.width";
    public static final String CAMERA_HEIGHT = "kiosk.camera.height";
    public static final String PRINTER_TYPE = "kiosk.printer.type";
    public static final String PRINTER_DEVICE = "kiosk.printer.device";
    public static final String PRINTER_QUEUE = "kiosk.printer.queue";
    public static final String PRINTER_WIDTH = "kiosk.printer.paper-width-mm";
    public static final String SERVER_MODE = "kiosk.server.mode";
    public static final String SERVER_URL = "kiosk.server.url";
    public static final String HEALTH_INTERVAL = "kiosk.health.interval";
    public static final String HEALTH_SILENT_AFTER = "kiosk.health.silent-after";
    public static final String HEALTH_SECRET = "kiosk.health.secret";

    static final int DEFAULT_VOLUME = 80;
    static final Duration MIN_WARNING = Duration.ofSeconds(20);
    static final Duration MIN_HEALTH_INTERVAL = Duration.ofSeconds(10);
    static final Duration MAX_HEALTH_INTERVAL = Duration.ofHours(1);
    static final Duration MAX_SILENT_AFTER = Duration.ofHours(24);
    /** HMAC keys shorter than this are guessable; {@code openssl rand -hex 32} gives 64 characters. */
    static final int MIN_SECRET_LENGTH = 32;

    /** A kiosk id; the province server checks the ids in heartbeats against it too. */
    public static final Pattern KIOSK_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    /** A commune or ward code since 1 July 2025. */
    public static final Pattern COMMUNE_CODE = Pattern.compile("\\d{5}");
    // CUPS accepts any printable character in a queue name except space, tab, "/", "\", "#" and quotes
    private static final Pattern CUPS_QUEUE = Pattern.compile("[\\x21-\\x7e&&[^/\\\\#'\"]]{1,127}");
    private static final Set<String> LANGUAGE_TAGS = Set.of(KioskProfile.VIETNAMESE, KioskProfile.ENGLISH);

    private final List<ConfigurationPropertySource> sources = new ArrayList<>();
    private final Binder binder;
    private final List<ProfileProblem> problems = new ArrayList<>();

    private KioskProfileReader(Iterable<ConfigurationPropertySource> sources) {
        sources.forEach(this.sources::add);
        // ${user.dir}, ${HOME}… as Spring itself would resolve them from system properties and the environment
        this.binder = new Binder(this.sources, value -> value instanceof String text
                ? org.springframework.util.SystemPropertyUtils.resolvePlaceholders(text, true) : value);
    }

    /**
     * The profile, or a {@link KioskProfileException} listing every wrong value.
     *
     * @param sources     the configuration, e.g. {@code ConfigurationPropertySources.get(environment)}
     * @param profileFile the profile file named in the exception, for the installer
     */
    public static KioskProfile read(Iterable<ConfigurationPropertySource> sources, String profileFile) {
        KioskProfileReader reader = new KioskProfileReader(sources);
        KioskProfile profile = reader.profile();
        if (!reader.problems.isEmpty()) {
            throw new KioskProfileException(reader.problems, profileFile);
        }
        return profile;
    }

    /**
     * The same problems, each with where its value came from and, for a procedure, its place in the list, for
     * problems found outside the reader (the database checks).
     */
    public static List<ProfileProblem> located(List<ProfileProblem> problems,
            Iterable<ConfigurationPropertySource> sources) {
        KioskProfileReader reader = new KioskProfileReader(sources);
        return problems.stream().map(reader::locate).toList();
    }

    private ProfileProblem locate(ProfileProblem problem) {
        String key = problem.key();
        if (key.equals(PROCEDURES) && problem.value() != null) {
            List<String> codes = list(PROCEDURES);
            int index = codes == null ? -1 : codes.stream().map(String::strip).toList().indexOf(problem.value());
            key = index < 0 ? key : PROCEDURES + "[" + index + "]";
        }
        return new ProfileProblem(key, problem.value(), problem.allowed(), origin(key));
    }

    private KioskProfile profile() {
        String id = text(ID);
        if (id != null && !KIOSK_ID.matcher(id).matches()) {
            problem(ID, id, "use 1 to 40 letters, digits, '.', '_' or '-', starting with a letter or digit, "
                    + "e.g. KIOSK-00070-01.");
        }
        boolean kiosk = id != null;
        String commune = text(COMMUNE);
        if (commune == null && kiosk) {
            problem(COMMUNE, null, "a kiosk needs the 5-digit code of the commune or ward (since 1 July 2025) whose "
                    + "hall it stands in, e.g. 00070 for Phường Hoàn Kiếm.");
        } else if (commune != null && !COMMUNE_CODE.matcher(commune).matches()) {
            problem(COMMUNE, commune, "use the 5-digit code of a commune or ward since 1 July 2025, e.g. 00070.");
        }
        return new KioskProfile(id, commune, languages(), duration(IDLE_TIMEOUT), duration(IDLE_WARNING), camera(),
                printer(), procedures(), integer(VOLUME, DEFAULT_VOLUME, 0, 100,
                        "use a whole number from 0 (silent) to 100 (loudest)."),
                server(), health());
    }

    private List<String> languages() {
        List<String> raw = list(LANGUAGES);
        if (raw == null) {
            return List.of(KioskProfile.VIETNAMESE, KioskProfile.ENGLISH);
        }
        List<String> tags = raw.stream().map(tag -> tag.strip().toLowerCase(Locale.ROOT)).toList();
        String written = String.join(", ", raw);
        String allowed = "list vi first, then en if English is offered: [vi] or [vi, en].";
        if (tags.isEmpty() || !tags.getFirst().equals(KioskProfile.VIETNAMESE)) {
            problem(LANGUAGES, written, "Vietnamese always comes first; " + allowed);
        }
        List<String> unknown = tags.stream().filter(tag -> !LANGUAGE_TAGS.contains(tag)).toList();
        if (!unknown.isEmpty()) {
            problem(LANGUAGES, written, "the kiosk speaks only vi (Vietnamese) and en (English), not "
                    + String.join(", ", unknown) + "; " + allowed);
        }
        if (new LinkedHashSet<>(tags).size() != tags.size()) {
            problem(LANGUAGES, written, "each language once; " + allowed);
        }
        return tags.stream().filter(LANGUAGE_TAGS::contains).distinct().toList();
    }

    private Duration duration(String key) {
        String raw = text(key);
        Duration fallback = key.equals(IDLE_TIMEOUT) ? Duration.ofSeconds(120) : Duration.ofSeconds(30);
        Duration value = fallback;
        if (raw != null) {
            try {
                value = DurationStyle.detectAndParse(raw);
            } catch (IllegalArgumentException e) {
                problem(key, raw, "use a duration such as 90s or 2m.");
                return fallback;
            }
        }
        String shown = raw != null ? raw : DurationStyle.SIMPLE.print(value) + " (the default)";
        if (key.equals(IDLE_WARNING) && value.compareTo(MIN_WARNING) < 0) {
            problem(key, shown, "the \"Are you still there?\" countdown must last at least 20s (WCAG 2.2.1), "
                    + "so that a slow reader can answer it.");
        }
        if (key.equals(IDLE_WARNING)) {
            Duration timeout = parsedOrNull(text(IDLE_TIMEOUT));
            if (timeout != null && value.compareTo(timeout) >= 0) {
                problem(key, shown, "the countdown is part of the idle time, so it must be shorter than "
                        + IDLE_TIMEOUT + " (" + text(IDLE_TIMEOUT) + "), e.g. 30s of a 120s timeout.");
            }
        }
        return value;
    }

    private static Duration parsedOrNull(String raw) {
        try {
            return raw == null ? Duration.ofSeconds(120) : DurationStyle.detectAndParse(raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private CameraSettings camera() {
        CameraSettings.Source source = choice(CAMERA_SOURCE, CameraSettings.Source.class, CameraSettings.Source.NONE,
                "NONE (the browser's camera), WEBCAM (the kiosk's USB document camera) or IMAGES (a folder of "
                        + "frames, for tests).");
        String device = text(CAMERA_DEVICE);
        String pixels = "use a whole number of pixels from 160 to 7680, e.g. 1280 x 720.";
        int width = integer(CAMERA_WIDTH, 1280, 160, 7680, pixels);
        int height = integer(CAMERA_HEIGHT, 720, 120, 4320, "use a whole number of pixels from 120 to 4320, "
                + "e.g. 1280 x 720.");
        return new CameraSettings(source, device == null ? "" : device, width, height);
    }

    private PrinterSettings printer() {
        PrinterSettings.Type type = choice(PRINTER_TYPE, PrinterSettings.Type.class, PrinterSettings.Type.NONE,
                "NONE (no printer), ESCPOS_DEVICE (a thermal receipt printer on a device file such as /dev/usb/lp0) "
                        + "or SYSTEM_PRINTER (a CUPS printer queue).");
        String device = text(PRINTER_DEVICE);
        String queue = text(PRINTER_QUEUE);
        if (type == PrinterSettings.Type.ESCPOS_DEVICE) {
            if (device == null) {
                problem(PRINTER_DEVICE, null, "an ESCPOS_DEVICE printer needs its device file, e.g. /dev/usb/lp0 "
                        + "(ls /dev/usb/ lists them once the printer is plugged in).");
            } else if (!device.startsWith("/")) {
                problem(PRINTER_DEVICE, device, "use the device file's full path, starting with /, e.g. "
                        + "/dev/usb/lp0.");
            }
        }
        if (type == PrinterSettings.Type.SYSTEM_PRINTER) {
            if (queue == null) {
                problem(PRINTER_QUEUE, null, "a SYSTEM_PRINTER needs the CUPS queue name, as `lpstat -p` lists "
                        + "it, e.g. Office_A5.");
            } else if (!CUPS_QUEUE.matcher(queue).matches()) {
                problem(PRINTER_QUEUE, queue, "a CUPS queue name has no spaces, '/', '\\', '#' or quotes "
                        + "(`lpstat -p` lists the names), e.g. Office_A5.");
            }
        }
        int width = integer(PRINTER_WIDTH, PrinterSettings.DEFAULT_PAPER_WIDTH_MM, 58, 80,
                "use 58 or 80 (the paper roll's width in millimetres).");
        if (width != 58 && width != 80) {
            problem(PRINTER_WIDTH, text(PRINTER_WIDTH), "use 58 or 80 (the paper roll's width in millimetres).");
            width = PrinterSettings.DEFAULT_PAPER_WIDTH_MM;
        }
        return new PrinterSettings(type, type == PrinterSettings.Type.ESCPOS_DEVICE ? device : null,
                type == PrinterSettings.Type.SYSTEM_PRINTER ? queue : null, width);
    }

    private Set<String> procedures() {
        List<String> raw = list(PROCEDURES);
        if (raw == null) {
            return Set.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String code = raw.get(i).strip();
            if (code.isEmpty()) {
                problem(PROCEDURES + "[" + i + "]", raw.get(i), "use a procedure code of the catalog, e.g. "
                        + "1.001193, or leave the whole list empty to offer every procedure.");
            } else if (!codes.add(code)) {
                problem(PROCEDURES + "[" + i + "]", code, "each procedure once; this code is already listed.");
            }
        }
        return codes;
    }

    private ServerSettings server() {
        ServerSettings.Mode mode = choice(SERVER_MODE, ServerSettings.Mode.class, ServerSettings.Mode.LOCAL,
                "LOCAL (this PC runs the app and its database) or PROVINCE (the kiosk works with the province's "
                        + "server, " + SERVER_URL + ").");
        String raw = text(SERVER_URL);
        URI url = null;
        if (raw != null) {
            try {
                url = new URI(raw);
            } catch (URISyntaxException e) {
                url = null;
            }
        }
        boolean https = url != null && "https".equalsIgnoreCase(url.getScheme()) && url.getHost() != null;
        boolean web = https || (url != null && "http".equalsIgnoreCase(url.getScheme()) && url.getHost() != null);
        if (mode == ServerSettings.Mode.PROVINCE && !https) {
            problem(SERVER_URL, raw, "a PROVINCE kiosk needs the province server's https address, e.g. "
                    + "https://dvc.example.gov.vn (residents' data travels over it: never plain http).");
            url = null;
        } else if (raw != null && !web) {
            problem(SERVER_URL, raw, "use a web address such as https://dvc.example.gov.vn, or leave it unset.");
            url = null;
        }
        return new ServerSettings(mode, url);
    }

    private HealthSettings health() {
        Duration interval = healthDuration(HEALTH_INTERVAL, HealthSettings.DEFAULT_INTERVAL, MIN_HEALTH_INTERVAL,
                MAX_HEALTH_INTERVAL, "use a duration from 10s to 1h, e.g. 60s (how often the kiosk reports).");
        Duration silentAfter = healthDuration(HEALTH_SILENT_AFTER, HealthSettings.DEFAULT_SILENT_AFTER,
                interval.multipliedBy(2), MAX_SILENT_AFTER, "use a duration of at least twice "
                        + HEALTH_INTERVAL + " (" + (text(HEALTH_INTERVAL) == null ? "60s, the default"
                                : text(HEALTH_INTERVAL)) + ") and at most 24h, e.g. "
                        + "10m, so that one lost heartbeat flags nothing.");
        String secret = text(HEALTH_SECRET);
        if (secret != null && secret.length() < MIN_SECRET_LENGTH) {
            // the value itself is never shown: it is a secret, even a bad one
            problem(HEALTH_SECRET, "(" + secret.length() + " characters)", "use a random secret of at least "
                    + MIN_SECRET_LENGTH + " characters, e.g. from `openssl rand -hex 32`, set in the environment "
                    + "(KIOSK_HEALTH_SECRET), the same on the province server and its kiosks.");
            secret = null;
        }
        return new HealthSettings(interval, silentAfter, secret);
    }

    private Duration healthDuration(String key, Duration fallback, Duration min, Duration max, String allowed) {
        String raw = text(key);
        if (raw == null) {
            return fallback;
        }
        try {
            Duration value = DurationStyle.detectAndParse(raw);
            if (value.compareTo(min) >= 0 && value.compareTo(max) <= 0) {
                return value;
            }
        } catch (IllegalArgumentException e) {
            // reported below, like a value out of range
        }
        problem(key, raw, allowed);
        return fallback;
    }

    private <E extends Enum<E>> E choice(String key, Class<E> type, E fallback, String allowed) {
        String raw = text(key);
        if (raw == null) {
            return fallback;
        }
        String name = raw.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst()
                .orElseGet(() -> {
                    problem(key, raw, "use " + allowed);
                    return fallback;
                });
    }

    private int integer(String key, int fallback, int min, int max, String allowed) {
        String raw = text(key);
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < min || value > max) {
                problem(key, raw, allowed);
                return fallback;
            }
            return value;
        } catch (NumberFormatException e) {
            problem(key, raw, allowed);
            return fallback;
        }
    }

    /** The value as text; null when missing or blank (an empty value in YAML means "not set"). */
    private String text(String key) {
        String value = binder.bind(key, String.class).orElse(null);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A list, written in YAML as a list or as "a, b"; null when missing, empty when set empty. */
    private List<String> list(String key) {
        List<String> value = binder.bind(key, Bindable.listOf(String.class)).orElse(null);
        return value == null ? null : value.stream().filter(v -> v != null).collect(Collectors.toList());
    }

    private static String describe(Origin origin) {
        if (origin instanceof TextResourceOrigin text && text.getResource() != null && text.getLocation() != null) {
            String file = text.getResource() instanceof FileSystemResource || text.getResource() instanceof UrlResource
                    ? pathOf(text.getResource()) : text.getResource().getDescription();
            return file + " line " + (text.getLocation().getLine() + 1);
        }
        if (origin instanceof PropertySourceOrigin source) {
            return source.getOrigin() != null ? describe(source.getOrigin())
                    : "from " + source.getPropertySource().getName();
        }
        return origin == null ? null : origin.toString();
    }

    private static String pathOf(Resource resource) {
        try {
            return resource.getFile().getPath();
        } catch (java.io.IOException e) {
            return resource.getDescription();
        }
    }

    private void problem(String key, String value, String allowed) {
        problems.add(new ProfileProblem(key, value, allowed).at(origin(key)));
    }

    /** Where a value came from, e.g. "/etc/dvc-kiosk/kiosk.yml line 12", so the installer finds the line. */
    private String origin(String key) {
        String base = key.contains("[") ? key.substring(0, key.indexOf('[')) : key;
        for (ConfigurationPropertySource source : sources) {
            ConfigurationProperty property = source.getConfigurationProperty(ConfigurationPropertyName.of(key));
            if (property == null && !base.equals(key)) {
                property = source.getConfigurationProperty(ConfigurationPropertyName.of(base));
            }
            if (property != null) {
                return describe(property.getOrigin());
            }
        }
        return null;
    }
}
