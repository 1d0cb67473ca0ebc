-- Unfinished filings, saved after every answered screen so that an interrupted resident can resume with the draft
-- code and the last four digits of their ID number. Deleted once submitted, and purged when expires_at has passed
-- (kiosk.documents.drafts-kept-for after the last save): they hold personal data and photographed documents.
CREATE TABLE filing_draft (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    -- eight digits, read out and typed on a number pad
    draft_code       CHAR(8)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    procedure_code   VARCHAR(40)  NOT NULL,
    -- SHA-256 of the code and the last four ID digits: what a resuming resident must know
    resume_check     CHAR(64)     NOT NULL,
    failed_attempts  INT          NOT NULL DEFAULT 0,
    -- the card as confirmed, the answers and the delivery choice, as JSON
    content          LONGTEXT     NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    saved_at         DATETIME(6)  NOT NULL,
    expires_at       DATETIME(6)  NOT NULL,
    version          INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_filing_draft_code (draft_code),
    KEY ix_filing_draft_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- Pages attached to a draft's documents (position = the document's place in the procedure's list, from 1).
CREATE TABLE filing_draft_page (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    draft_id           BIGINT       NOT NULL,
    document_position  INT          NOT NULL,
    content_type       VARCHAR(60)  NOT NULL,
    size_bytes         INT          NOT NULL,
    content            LONGBLOB     NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_draft_page_draft (draft_id, document_position),
    CONSTRAINT fk_draft_page_draft FOREIGN KEY (draft_id) REFERENCES filing_draft (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;
