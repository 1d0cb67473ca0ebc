package vn.dvc.kiosk.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.shared.text.VietnameseText;

/**
 * The national lists a list question offers when the catalog gives it no options of its own, chosen by the field's
 * key (see {@link FormField#optionList()}): the 54 ethnic groups ({@code *Ethnicity}), nationalities
 * ({@code *Nationality}) and sex ({@code sex}, {@code *Sex}). The answer kept is always the Vietnamese name, as the
 * review page and the dossier show it. Pure Java, read once.
 */
public final class NationalCodeLists {

    /** Code, name and other names of the 54 groups, from Quyết định 121-TCTK/PPCĐ (1979). */
    static final String ETHNIC_GROUPS = "/data/code-lists/ethnic-groups.csv";

    static final String VIET_NAM = "Việt Nam";

    /** One of the 54 ethnic groups: its 2-digit code, its name, and other names it is known by (for search). */
    record EthnicGroup(String code, String name, List<String> otherNames) {
    }

    /** ISO 3166 territories nobody holds the nationality of: no permanent population. */
    private static final Set<String> NO_NATIONALS = Set.of("AQ", "BV", "GS", "HM", "IO", "TF", "UM");

    /** Where Vietnamese official usage differs from the JDK's (CLDR) Vietnamese name. */
    private static final Map<String, String> OFFICIAL_NAMES = Map.of(
            "TW", "Đài Loan (Trung Quốc)",
            "PS", "Palestine");

    /** What people at a kiosk call some countries, besides the name in the list. */
    private static final Map<String, List<String>> EVERYDAY_NAMES = Map.of(
            "US", List.of("Mỹ"),
            "AU", List.of("Úc"),
            "IT", List.of("Ý"),
            "MO", List.of("Ma Cao"));

    private static final List<String> SEXES = List.of("Nam", "Nữ");

    private NationalCodeLists() {
    }

    /** Loaded on first use, once. */
    private static final class Data {
        static final List<EthnicGroup> ETHNIC = readEthnicGroups();
        static final List<String> ETHNIC_NAMES = ETHNIC.stream().map(EthnicGroup::name).toList();
        static final List<String> NATIONALITIES;
        static final Map<String, List<String>> OTHER_NAMES;

        static {
            Map<String, List<String>> otherNames = new HashMap<>();
            ETHNIC.forEach(group -> otherNames.put(group.name(), group.otherNames()));
            List<String> countries = new ArrayList<>();
            for (String code : Locale.getISOCountries()) {
                if (NO_NATIONALS.contains(code)) {
                    continue;
                }
                Locale country = Locale.of("", code);
                String name = VietnameseText.nfc(
                        OFFICIAL_NAMES.getOrDefault(code, country.getDisplayCountry(KioskLocales.VIETNAMESE)));
                List<String> others = new ArrayList<>(EVERYDAY_NAMES.getOrDefault(code, List.of()));
                others.add(country.getDisplayCountry(Locale.ENGLISH));
                countries.add(name);
                otherNames.put(name, List.copyOf(others));
            }
            Collator vietnamese = Collator.getInstance(KioskLocales.VIETNAMESE);
            countries.sort(Comparator.comparing((String name) -> !name.equals(VIET_NAM)).thenComparing(vietnamese));
            NATIONALITIES = List.copyOf(countries);
            OTHER_NAMES = Map.copyOf(otherNames);
        }

        private static List<EthnicGroup> readEthnicGroups() {
            try (InputStream in = NationalCodeLists.class.getResourceAsStream(ETHNIC_GROUPS)) {
                if (in == null) {
                    throw new IllegalStateException("missing classpath resource " + ETHNIC_GROUPS);
                }
                return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Rows of {@code code,name,other_names} (other names separated by ';'); the header and '#' lines skipped. */
    static List<EthnicGroup> parse(BufferedReader reader) throws IOException {
        List<EthnicGroup> rows = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            String row = line.strip();
            if (row.isEmpty() || row.startsWith("#") || row.startsWith("code,")) {
                continue;
            }
            String[] cells = row.split(",", -1);
            if (cells.length != 3) {
                throw new IllegalStateException("expected 3 columns in " + ETHNIC_GROUPS + ": " + row);
            }
            List<String> others = Arrays.stream(cells[2].split(";")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(VietnameseText::nfc).toList();
            rows.add(new EthnicGroup(cells[0].strip(), VietnameseText.nfc(cells[1].strip()), others));
        }
        return List.copyOf(rows);
    }

    /** The 54 groups in code order (01 Kinh … 54 Rơ-măm): roughly by size, so the usual answers come first. */
    static List<EthnicGroup> ethnicGroups() {
        return Data.ETHNIC;
    }

    /** Việt Nam first, then every other country or territory by its Vietnamese name in Vietnamese order. */
    static List<String> nationalities() {
        return Data.NATIONALITIES;
    }

    static List<String> sexes() {
        return SEXES;
    }

    /** The list a list question without options of its own offers, by its key; empty when no national list fits. */
    static List<String> forKey(String key) {
        if (key == null) {
            return List.of();
        }
        if (key.equals("ethnicity") || key.endsWith("Ethnicity")) {
            return Data.ETHNIC_NAMES;
        }
        if (key.equals("nationality") || key.endsWith("Nationality")) {
            return Data.NATIONALITIES;
        }
        if (key.equals("sex") || key.endsWith("Sex")) {
            return SEXES;
        }
        return List.of();
    }

    /** The answer nearly everyone gives, chosen beforehand: Việt Nam for a nationality. */
    static Optional<String> usualFor(String key) {
        return forKey(key) == Data.NATIONALITIES ? Optional.of(VIET_NAM) : Optional.empty();
    }

    /**
     * Other names an option of these lists is known by, to search with, never to show or keep: "Khmer" for "Khơ-me",
     * "Mỹ" and "United States" for "Hoa Kỳ". Empty for any other text.
     */
    public static List<String> otherNames(String option) {
        return option == null ? List.of() : Data.OTHER_NAMES.getOrDefault(option, List.of());
    }
}
