package vn.dvc.kiosk.filing;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A page attached to a saved draft. */
@Entity
@Table(name = "filing_draft_page")
class SavedDraftPage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "draft_id")
    private long draftId;
    @Column(name = "document_position")
    private int documentPosition;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private int sizeBytes;
    @Lob
    private byte[] content;
    @Column(name = "created_at")
    private Instant createdAt;

    protected SavedDraftPage() {
    }

    SavedDraftPage(long draftId, int documentPosition, AcceptedPage page, Instant now) {
        this.draftId = draftId;
        this.documentPosition = documentPosition;
        this.contentType = page.contentType();
        this.content = page.content();
        this.sizeBytes = content.length;
        this.createdAt = now;
    }

    int documentPosition() {
        return documentPosition;
    }

    FilingDraft.PageRef ref() {
        return new FilingDraft.PageRef(id, contentType, sizeBytes);
    }

    AcceptedPage page() {
        return new AcceptedPage(contentType, content);
    }
}
