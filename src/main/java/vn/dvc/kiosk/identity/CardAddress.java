package vn.dvc.kiosk.identity;

/**
 * A card's permanent address as printed (pre-2025 units: commune, district, province) and, where it could be
 * worked out, today's province and commune (two-tier units since 1 July 2025). Codes and names are null when not
 * matched; a commune is only given when exactly one of today's communes fits.
 */
public record CardAddress(String asPrinted, String provinceCode, String provinceName, String communeCode,
        String communeName) {

    public boolean provinceMatched() {
        return provinceCode != null;
    }

    public boolean communeMatched() {
        return communeCode != null;
    }
}
