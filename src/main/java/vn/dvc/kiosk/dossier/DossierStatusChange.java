package vn.dvc.kiosk.dossier;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One step of a dossier's history, kept for the processing control slip and for the portal's sync. */
@Entity
@Table(name = "dossier_status_change")
class DossierStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private DossierStatus from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private DossierStatus to;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Column(name = "changed_by")
    private String changedBy;
    private String reason;

    protected DossierStatusChange() {
    }

    DossierStatusChange(Dossier dossier, DossierStatus from, DossierStatus to, Instant changedAt, String changedBy,
            String reason) {
        this.dossier = dossier;
        this.from = from;
        this.to = to;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.reason = reason;
    }

    DossierStatus from() {
        return from;
    }

    DossierStatus to() {
        return to;
    }

    Instant changedAt() {
        return changedAt;
    }

    String changedBy() {
        return changedBy;
    }

    String reason() {
        return reason;
    }
}
