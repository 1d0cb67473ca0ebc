package vn.dvc.kiosk.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.dvc.kiosk.shared.text.Sha256;

/** One stored page, with its hash so an officer can tell it is the page the resident handed in. */
@Entity
@Table(name = "dossier_document_page")
class DossierDocumentPage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    private DossierDocument document;
    @Column(name = "page_no")
    private int pageNo;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private int sizeBytes;
    private String sha256;
    @Lob
    private byte[] content;

    protected DossierDocumentPage() {
    }

    DossierDocumentPage(DossierDocument document, int pageNo, DocumentPage page) {
        this.document = document;
        this.pageNo = pageNo;
        this.contentType = page.contentType();
        this.content = page.content();
        this.sizeBytes = content.length;
        this.sha256 = Sha256.hex(content);
    }
}
