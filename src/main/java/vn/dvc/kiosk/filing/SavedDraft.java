package vn.dvc.kiosk.filing;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A draft as saved for resuming: see V8__filing_drafts.sql. */
@Entity
@Table(name = "filing_draft")
class SavedDraft {

    /** Wrong codes or digits in a row before the draft only opens at the counter. */
    static final int MAX_FAILED_ATTEMPTS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "draft_code")
    private String code;
    @Column(name = "procedure_code")
    private String procedureCode;
    @Column(name = "resume_check")
    private String resumeCheck;
    @Column(name = "failed_attempts")
    private int failedAttempts;
    @Lob
    private String content;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "saved_at")
    private Instant savedAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Version
    private int version;

    protected SavedDraft() {
    }

    SavedDraft(String code, String procedureCode, String resumeCheck, Instant now) {
        this.code = code;
        this.procedureCode = procedureCode;
        this.resumeCheck = resumeCheck;
        this.createdAt = now;
    }

    void save(String content, Instant now, Instant expiresAt) {
        this.content = content;
        this.savedAt = now;
        this.expiresAt = expiresAt;
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    String procedureCode() {
        return procedureCode;
    }

    String content() {
        return content;
    }

    boolean locked() {
        return failedAttempts >= MAX_FAILED_ATTEMPTS;
    }

    boolean expired(Instant now) {
        return !expiresAt.isAfter(now);
    }

    Instant expiresAt() {
        return expiresAt;
    }

    /** @return whether the digits are right; a wrong try counts towards the lock, a right one resets the count */
    boolean tryResume(String givenCheck) {
        if (resumeCheck.equals(givenCheck)) {
            failedAttempts = 0;
            return true;
        }
        failedAttempts++;
        return false;
    }
}
