-- The electronic result of a finished dossier (status 9): the PDF the officer attaches when processing finishes, for
-- returning the result electronically. At most one per dossier (a later upload replaces it in the same row). Its own
-- table and its own row, so that no dossier read ever loads the file, and no single write comes near
-- max_allowed_packet or Galera's write-set limits (the file is at most 10 MB).
CREATE TABLE dossier_result_file (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    dossier_id    BIGINT        NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(60)   NOT NULL,
    size_bytes    INT           NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    content       LONGBLOB      NOT NULL,
    attached_by   VARCHAR(300)  NOT NULL,
    attached_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_dossier_result_file_dossier (dossier_id),
    CONSTRAINT fk_result_file_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;
