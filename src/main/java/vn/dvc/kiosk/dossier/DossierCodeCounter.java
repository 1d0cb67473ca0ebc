package vn.dvc.kiosk.dossier;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The last sequence number handed out to a receiving unit on a day. Written only by
 * {@link DossierCodeCounterRepository#increment}, never through the entity, so that the database does the counting.
 */
@Entity
@Table(name = "dossier_code_counter")
class DossierCodeCounter {

    @Embeddable
    record Key(@Column(name = "receiving_unit_code") String receivingUnitCode, @Column(name = "day") LocalDate day) {
    }

    @EmbeddedId
    private Key key;
    @Column(name = "last_value")
    private int lastValue;

    protected DossierCodeCounter() {
    }

    int lastValue() {
        return lastValue;
    }
}
