-- The documents of a dossier (the table of Mẫu 01) and their pages. Pages are compressed JPEG images or PDF files,
-- checked by content before they get here; each page is its own row so that no single write comes near
-- max_allowed_packet or Galera's write-set limits.
CREATE TABLE dossier_document (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    dossier_id  BIGINT        NOT NULL,
    position    INT           NOT NULL,
    name        VARCHAR(1000) NOT NULL,
    -- ELECTRONIC_FORM (made from the answers), ORIGINAL, CERTIFIED_COPY, COPY
    kind        VARCHAR(20)   NOT NULL,
    page_count  INT           NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_dossier_document_position (dossier_id, position),
    CONSTRAINT fk_document_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE dossier_document_page (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    document_id   BIGINT       NOT NULL,
    page_no       INT          NOT NULL,
    content_type  VARCHAR(60)  NOT NULL,
    size_bytes    INT          NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    content       LONGBLOB     NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_document_page (document_id, page_no),
    CONSTRAINT fk_page_document FOREIGN KEY (document_id) REFERENCES dossier_document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;
