package vn.dvc.kiosk.units;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.dvc.kiosk.shared.text.VietnameseText;

/**
 * The 63 provinces before 1 July 2025, as still printed on ID cards and encoded in digits 1–3 of the 12-digit ID
 * number, with the province each belongs to since then. Data: {@code data/vn-admin-units/pre-2025-provinces.csv}
 * (hand-compiled from Resolution 202/2025/QH15), read from the classpath once. Pure Java, no Spring.
 */
public final class Pre2025Provinces {

    static final String RESOURCE = "/data/vn-admin-units/pre-2025-provinces.csv";

    /** One pre-2025 province: its 3-digit code, its name, and the 2-digit code of today's province. */
    public record OldProvince(String oldCode, String name, String newCode) {
    }

    /** Words people put before a province name: "Tỉnh", "Thành phố", "TP.", "T.", "Thủ đô". Folded. */
    private static final List<String> PREFIXES = List.of("thanh pho ", "thu do ", "tinh ", "tp ", "t ");

    /** Other ways of writing some names (folded) → old code. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("hcm", "079"),
            Map.entry("tphcm", "079"),
            Map.entry("tp hcm", "079"),
            Map.entry("sai gon", "079"),
            Map.entry("hue", "046"),
            Map.entry("thua thien", "046"),
            Map.entry("brvt", "077"),
            Map.entry("vung tau", "077"),
            Map.entry("bac can", "006"),
            Map.entry("dac lac", "066"),
            Map.entry("dak lac", "066"),
            Map.entry("dac nong", "067"));

    private Pre2025Provinces() {
    }

    /** Loaded on first use, once. */
    private static final class Data {
        static final Map<String, OldProvince> BY_CODE;
        static final Map<String, OldProvince> BY_FOLDED_NAME;

        static {
            Map<String, OldProvince> byCode = new LinkedHashMap<>();
            Map<String, OldProvince> byName = new LinkedHashMap<>();
            for (OldProvince province : read()) {
                byCode.put(province.oldCode(), province);
                byName.put(VietnameseText.fold(province.name()), province);
            }
            ALIASES.forEach((alias, code) -> byName.putIfAbsent(alias, byCode.get(code)));
            BY_CODE = Collections.unmodifiableMap(byCode);
            BY_FOLDED_NAME = Collections.unmodifiableMap(byName);
        }

        private static List<OldProvince> read() {
            try (InputStream in = Pre2025Provinces.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing classpath resource " + RESOURCE);
                }
                return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Rows of the CSV: {@code old_code,old_name,new_code}; a header row and lines starting with '#' are skipped. */
    static List<OldProvince> parse(BufferedReader reader) throws IOException {
        List<OldProvince> rows = new ArrayList<>();
        String line;
        boolean headerSeen = false;
        while ((line = reader.readLine()) != null) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                headerSeen = true;
                if (trimmed.startsWith("old_code")) {
                    continue;
                }
            }
            String[] cells = trimmed.split(",", -1);
            if (cells.length != 3) {
                throw new IllegalStateException("expected 3 columns in " + RESOURCE + ": " + trimmed);
            }
            rows.add(new OldProvince(cells[0].strip(), VietnameseText.nfc(cells[1].strip()), cells[2].strip()));
        }
        return rows;
    }

    /** All 63, in code order. */
    public static List<OldProvince> all() {
        return List.copyOf(Data.BY_CODE.values());
    }

    /** Whether a 3-digit code is one of the 63 pre-2025 province codes. */
    public static boolean isKnownCode(String threeDigit) {
        return threeDigit != null && Data.BY_CODE.containsKey(threeDigit);
    }

    /** The pre-2025 name for a 3-digit code, e.g. "Hà Giang" for 002. */
    public static Optional<String> name(String code) {
        return find(code).map(OldProvince::name);
    }

    /** The 2-digit code of today's province for a 3-digit pre-2025 code, e.g. "08" (Tuyên Quang) for 002. */
    public static Optional<String> newProvinceCode(String code) {
        return find(code).map(OldProvince::newCode);
    }

    /** The province for a 3-digit pre-2025 code. */
    public static Optional<OldProvince> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(Data.BY_CODE.get(code));
    }

    /**
     * The province a text names, however it is written: with or without accents or "Tỉnh"/"TP."/"Thành phố"/"T.",
     * "Hòa" or "Hoà", "TP HCM", "Huế" or "Thừa Thiên Huế", "Bà Rịa - Vũng Tàu" or "Bà Rịa-Vũng Tàu". Today's province
     * names are found too, because each is also the name of a pre-2025 province that maps to it (e.g. "Tây Ninh").
     */
    public static Optional<OldProvince> findByName(String anyProvinceText) {
        String folded = VietnameseText.fold(anyProvinceText);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        OldProvince exact = Data.BY_FOLDED_NAME.get(folded);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (String prefix : PREFIXES) {
            if (folded.startsWith(prefix)) {
                OldProvince stripped = Data.BY_FOLDED_NAME.get(folded.substring(prefix.length()));
                if (stripped != null) {
                    return Optional.of(stripped);
                }
            }
        }
        return Optional.empty();
    }
}
