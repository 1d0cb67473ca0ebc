package vn.dvc.kiosk.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.dvc.kiosk.shared.text.VietnameseText;
import vn.dvc.kiosk.units.Pre2025Provinces;

/**
 * The address-matching rules, free of Spring and the database so they can be tested with a few communes.
 * <ul>
 * <li>Province: the last comma-separated part (skipping a trailing "Việt Nam"), read by {@link Pre2025Provinces}
 * as an old or a new province name, gives today's province.</li>
 * <li>Commune: the last part before it that starts with "Xã", "Phường" or "Thị trấn" (or "P." / "TT."), without
 * that word, whose folded name equals the name of exactly one commune of today's province. When several share
 * the folded name (e.g. "Tân Thạnh" and "Tân Thành"), the one with the same tone marks is taken if it is the only
 * one; otherwise no commune is given.</li>
 * </ul>
 */
final class CardAddressMatcher {

    /** What the matcher needs from the administrative units. */
    interface Units {
        Optional<String> provinceName(String provinceCode);

        List<KnownCommune> communesOf(String provinceCode);
    }

    /** One of today's communes: its code and its name without the kind ("Ba Đình", not "Phường Ba Đình"). */
    record KnownCommune(String code, String name) {
    }

    /** Folded words that start a commune-level part of a pre-2025 address. */
    private static final List<String> COMMUNE_PREFIXES = List.of("thi tran ", "phuong ", "xa ", "tt ", "p ");

    private final Units units;

    CardAddressMatcher(Units units) {
        this.units = units;
    }

    CardAddress match(String printedAddress) {
        String asPrinted = VietnameseText.nfc(printedAddress);
        List<String> parts = parts(asPrinted);
        if (parts.isEmpty()) {
            return unmatched(asPrinted);
        }
        int provinceIndex = parts.size() - 1;
        if (VietnameseText.fold(parts.get(provinceIndex)).equals("viet nam") && provinceIndex > 0) {
            provinceIndex--;
        }
        Optional<String> provinceCode = Pre2025Provinces.findByName(parts.get(provinceIndex))
                .map(Pre2025Provinces.OldProvince::newCode);
        if (provinceCode.isEmpty()) {
            return unmatched(asPrinted);
        }
        String code = provinceCode.get();
        String provinceName = units.provinceName(code).orElse(null);
        Optional<KnownCommune> commune = communePart(parts.subList(0, provinceIndex))
                .flatMap(name -> commune(name, units.communesOf(code)));
        return new CardAddress(asPrinted, code, provinceName, commune.map(KnownCommune::code).orElse(null),
                commune.map(KnownCommune::name).orElse(null));
    }

    private static CardAddress unmatched(String asPrinted) {
        return new CardAddress(asPrinted, null, null, null, null);
    }

    private static List<String> parts(String address) {
        List<String> parts = new ArrayList<>();
        if (address == null) {
            return parts;
        }
        for (String part : address.split("[,;\\n]")) {
            if (!VietnameseText.fold(part).isEmpty()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    /** The commune name (as printed, without "Xã"/"Phường"/"Thị trấn") of the last commune-level part. */
    private static Optional<String> communePart(List<String> parts) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            String part = parts.get(i);
            String folded = VietnameseText.fold(part);
            for (String prefix : COMMUNE_PREFIXES) {
                if (folded.startsWith(prefix)) {
                    return Optional.of(withoutFirstWords(part, prefix.split(" ").length));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<KnownCommune> commune(String name, List<KnownCommune> communes) {
        String folded = VietnameseText.fold(name);
        List<KnownCommune> sameFolded = communes.stream()
                .filter(commune -> VietnameseText.fold(commune.name()).equals(folded))
                .toList();
        if (sameFolded.size() == 1) {
            return Optional.of(sameFolded.getFirst());
        }
        String toned = toneKey(name);
        List<KnownCommune> sameTones = sameFolded.stream()
                .filter(commune -> toneKey(commune.name()).equals(toned))
                .toList();
        return sameTones.size() == 1 ? Optional.of(sameTones.getFirst()) : Optional.empty();
    }

    /** The text after its first {@code count} words, where "P." or "TT." count as words. */
    private static String withoutFirstWords(String part, int count) {
        String rest = part.strip();
        for (int i = 0; i < count; i++) {
            rest = rest.replaceFirst("^[^\\s.]+[\\s.]*", "");
        }
        return rest.strip();
    }

    /**
     * Lower case with each word's tone mark moved to the end of the word, so "Hòa" and "Hoà" are equal but "Thạnh"
     * and "Thành" are not. Vowel marks (circumflex, breve, horn) and "đ" stay.
     */
    static String toneKey(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        for (String word : decomposed.split("[\\s\\p{Punct}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            StringBuilder letters = new StringBuilder();
            char tone = 0;
            for (char c : word.toCharArray()) {
                if (isTone(c)) {
                    tone = c;
                } else {
                    letters.append(c);
                }
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(letters);
            if (tone != 0) {
                out.append(tone);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static boolean isTone(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
    }
}
