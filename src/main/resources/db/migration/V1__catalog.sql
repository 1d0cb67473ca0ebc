-- Procedure catalog (thủ tục hành chính). Imported from data/procedures/catalog-seed.json by CatalogImporter.
-- InnoDB, utf8mb4, a primary key on every table and no table locks: the schema must run unchanged on Galera.

CREATE TABLE procedure_def (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    code               VARCHAR(40)   NOT NULL,
    name_vi            VARCHAR(500)  NOT NULL,
    name_en            VARCHAR(500)  NOT NULL,
    life_event         VARCHAR(32)   NOT NULL,
    competent_level    VARCHAR(16)   NOT NULL,
    agency_vi          VARCHAR(500)  NOT NULL,
    online_mode        VARCHAR(16)   NOT NULL,
    processing_value   INT           NOT NULL,
    processing_unit    VARCHAR(16)   NOT NULL,
    processing_cutoff  TIME          NULL,
    processing_note    TEXT          NULL,
    fee_amount_vnd     BIGINT        NULL,
    fee_online_vnd     BIGINT        NULL,
    fee_copy_vnd       BIGINT        NULL,
    fee_reduced_vnd    BIGINT        NULL,
    fee_reduced_until  DATE          NULL,
    fee_varies         BOOLEAN       NOT NULL DEFAULT FALSE,
    fee_unit           VARCHAR(16)   NOT NULL DEFAULT 'DOSSIER',
    fee_note_vi        TEXT          NULL,
    fee_note_en        TEXT          NULL,
    result_vi          TEXT          NOT NULL,
    result_en          TEXT          NOT NULL,
    result_channels    VARCHAR(64)   NOT NULL,
    legal_basis        TEXT          NULL,
    confidence         VARCHAR(8)    NOT NULL,
    search_key         VARCHAR(2000) NOT NULL,
    content_sha256     CHAR(64)      NOT NULL,
    active             BOOLEAN       NOT NULL DEFAULT TRUE,
    catalog_version    VARCHAR(80)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    version            INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_procedure_code (code),
    KEY ix_procedure_life_event (life_event, active)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE procedure_document (
    procedure_id  BIGINT       NOT NULL,
    position      INT          NOT NULL,
    name_vi       VARCHAR(1000) NOT NULL,
    name_en       VARCHAR(1000) NOT NULL,
    form          VARCHAR(20)  NOT NULL,
    quantity      INT          NOT NULL,
    optional      BOOLEAN      NOT NULL,
    PRIMARY KEY (procedure_id, position),
    CONSTRAINT fk_document_procedure FOREIGN KEY (procedure_id) REFERENCES procedure_def (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE procedure_form_field (
    procedure_id  BIGINT       NOT NULL,
    position      INT          NOT NULL,
    field_key     VARCHAR(80)  NOT NULL,
    label_vi      VARCHAR(500) NOT NULL,
    label_en      VARCHAR(500) NOT NULL,
    field_type    VARCHAR(20)  NOT NULL,
    required      BOOLEAN      NOT NULL,
    prefill_from  VARCHAR(40)  NULL,
    options       TEXT         NULL,
    PRIMARY KEY (procedure_id, position),
    CONSTRAINT fk_field_procedure FOREIGN KEY (procedure_id) REFERENCES procedure_def (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- One row per import that changed something. Importing the content of the latest import again is a no-op;
-- importing an older file again (a rollback) applies it again.
CREATE TABLE catalog_import (
    id                  BIGINT      NOT NULL AUTO_INCREMENT,
    content_sha256      CHAR(64)    NOT NULL,
    schema_version      INT         NOT NULL,
    generated_at        VARCHAR(40) NOT NULL,
    imported_at         DATETIME(6) NOT NULL,
    procedures_added    INT         NOT NULL,
    procedures_updated  INT         NOT NULL,
    procedures_retired  INT         NOT NULL,
    PRIMARY KEY (id),
    KEY ix_catalog_import_content (content_sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;
