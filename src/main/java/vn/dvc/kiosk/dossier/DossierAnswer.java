package vn.dvc.kiosk.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One stored answer; the label is the question as the resident saw it. */
@Embeddable
record DossierAnswer(
        @Column(name = "field_key") String key,
        @Column(name = "label") String label,
        @Column(name = "value") String value) {

    static DossierAnswer of(DeclaredAnswer answer) {
        return new DossierAnswer(answer.key(), answer.label(), answer.value());
    }
}
