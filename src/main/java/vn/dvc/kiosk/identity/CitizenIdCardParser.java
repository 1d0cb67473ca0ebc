package vn.dvc.kiosk.identity;

/**
 * Reads the QR payload of a chip ID card: {@code idNumber|oldIdNumber|fullName|ddMMyyyy|Nam/Nữ|address|ddMMyyyy},
 * tolerant of the 2024 card's variants. STUB: implemented in the identity work.
 */
public final class CitizenIdCardParser {

    private CitizenIdCardParser() {
    }

    public static CardReading parse(String payload) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
