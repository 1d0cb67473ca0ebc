package vn.dvc.kiosk.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A document the resident brings or uploads for a procedure. */
@Embeddable
public record RequiredDocument(
        @Column(name = "name_vi") String nameVi,
        @Column(name = "name_en") String nameEn,
        @Enumerated(EnumType.STRING) @Column(name = "form") DocumentForm form,
        @Column(name = "quantity") int quantity,
        @Column(name = "optional") boolean optional) {
}
