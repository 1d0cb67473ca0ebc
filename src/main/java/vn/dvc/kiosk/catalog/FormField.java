package vn.dvc.kiosk.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A question the resident answers when filing. {@code prefillFrom} names an ID-card field the answer can be taken
 * from (with consent). Options are stored one per line; a list question the catalog gives no options (ethnic group,
 * nationality, sex) offers the national list its key names (see {@link NationalCodeLists}).
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

    /** The answers a list question offers: its own options, else the national list its key names, else none. */
    public List<String> optionList() {
        if (options != null && !options.isBlank()) {
            return Arrays.asList(options.split("\n"));
        }
        return type == FieldType.SELECT ? NationalCodeLists.forKey(key) : List.of();
    }

    /** The option chosen beforehand because nearly everyone gives it (Việt Nam for a nationality), if any. */
    public Optional<String> usualOption() {
        boolean national = (options == null || options.isBlank()) && type == FieldType.SELECT;
        return national ? NationalCodeLists.usualFor(key) : Optional.empty();
    }
}
