package vn.dvc.kiosk.kiosk;

import java.util.List;
import java.util.Objects;

/**
 * What a thermal receipt says, already worded in the resident's language by whoever prints it. The kiosk module
 * knows nothing of dossiers: the receipt screen builds this from its own data, so printing adds no dependency on the
 * dossier module and no cycle back to it.
 *
 * @param agency      the receiving unit, at the top
 * @param title       e.g. "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
 * @param codeLabel   what the code is, above it ("Mã hồ sơ")
 * @param dossierCode printed large: what the resident quotes at the counter
 * @param fields      label and value lines: applicant, procedure, received, appointment, fee, result delivery...
 * @param trackingUrl what the QR code holds
 * @param trackingText under the QR code, how to look the dossier up without a phone camera
 */
public record ThermalReceipt(String agency, String title, String codeLabel, String dossierCode, List<Field> fields,
        String trackingUrl, String trackingText) {

    public ThermalReceipt {
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(trackingUrl, "trackingUrl");
        fields = List.copyOf(fields);
    }

    /** One "label: value" line; the value wraps under it when long. */
    public record Field(String label, String value) {

        public Field {
            Objects.requireNonNull(label, "label");
            value = value == null || value.isBlank() ? "—" : value;
        }
    }
}
