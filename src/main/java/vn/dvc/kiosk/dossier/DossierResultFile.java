package vn.dvc.kiosk.dossier;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import vn.dvc.kiosk.shared.text.Sha256;

/** The electronic result (a PDF) of a finished dossier, with its hash so that what was returned can be proven. */
@Entity
@Table(name = "dossier_result_file")
class DossierResultFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dossier_id")
    private Dossier dossier;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private int sizeBytes;
    private String sha256;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    @Column(name = "attached_by")
    private String attachedBy;
    @Column(name = "attached_at")
    private Instant attachedAt;

    protected DossierResultFile() {
    }

    DossierResultFile(Dossier dossier) {
        this.dossier = dossier;
    }

    /** Stores (or replaces) the file; the caller has checked it. */
    void store(String fileName, byte[] content, String attachedBy, Instant attachedAt) {
        this.fileName = fileName;
        this.contentType = DossierResults.PDF;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = Sha256.hex(content);
        this.attachedBy = attachedBy;
        this.attachedAt = attachedAt;
    }

    ResultFile summary() {
        return new ResultFile(fileName, contentType, sizeBytes, sha256, attachedBy, attachedAt);
    }

    byte[] content() {
        return content;
    }
}
