package vn.dvc.kiosk.filing.ui;

/** How a draft code is shown: two groups of four digits, easier to read out and copy down. */
final class DraftCodes {

    private DraftCodes() {
    }

    static String spaced(String code) {
        return code.length() == 8 ? code.substring(0, 4) + " " + code.substring(4) : code;
    }
}
