package vn.dvc.kiosk.catalog;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A question the resident answers when filing. {@code prefillFrom} names an ID-card field the answer can be taken
 * from (with consent). Options are stored one per line.
 */
@Embeddable
public record FormField(
        @Column(name = "field_key") String key,
        @Column(name = "label_vi") String labelVi,
        @Column(name = "label_en") String labelEn,
        @Enumerated(EnumType.STRING) @Column(name = "field_type") FieldType type,
        @Column(name = "required") boolean required,
        @Column(name = "prefill_from") String prefillFrom,
        @Column(name = "options") String options) {

    public List<String> optionList() {
        return options == null || options.isBlank() ? List.of() : Arrays.asList(options.split("\n"));
    }
}
