package vn.dvc.kiosk.filing;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A resident's consent to use their ID card data for one purpose (Law 91/2025): when, which text (version and hash,
 * so the exact wording can be shown again), in which language, and whether a volunteer was present. The person is
 * identified by a hash of their ID number, so a consent that never led to a dossier holds no readable ID.
 */
@Entity
@Table(name = "consent_record")
class ConsentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String purpose;
    @Column(name = "text_version")
    private String textVersion;
    @Column(name = "text_sha256")
    private String textSha256;
    private String locale;
    @Column(name = "subject_hash")
    private String subjectHash;
    @Column(name = "given_at")
    private Instant givenAt;
    @Column(name = "assisted_by")
    private String assistedBy;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected ConsentRecord() {
    }

    ConsentRecord(String purpose, String textVersion, String textSha256, String locale, String subjectHash,
            Instant givenAt, String assistedBy) {
        this.purpose = purpose;
        this.textVersion = textVersion;
        this.textSha256 = textSha256;
        this.locale = locale;
        this.subjectHash = subjectHash;
        this.givenAt = givenAt;
        this.assistedBy = assistedBy;
    }

    Long getId() {
        return id;
    }
}
