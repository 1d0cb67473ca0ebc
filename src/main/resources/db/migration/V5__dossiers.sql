-- Dossiers (hồ sơ) received by a one-stop desk. A dossier keeps its own copy of the procedure's code and name and of
-- the questions as they were shown, so a later catalog import never rewrites what a resident filed.
-- Times (received_at, created_at, changed_at) are UTC instants, like every DATETIME of this schema (Hibernate writes
-- them with jdbc.time_zone=UTC); counted_from and appointment_date are civil dates of the desk (kiosk.time-zone).
-- InnoDB, utf8mb4, a primary key on every table and no table locks: the schema must run unchanged on Galera.

CREATE TABLE dossier (
    id                       BIGINT        NOT NULL AUTO_INCREMENT,
    code                     VARCHAR(60)   NOT NULL,
    procedure_code           VARCHAR(40)   NOT NULL,
    procedure_name           VARCHAR(500)  NOT NULL,
    receiving_unit_code      VARCHAR(40)   NOT NULL,
    -- national statuses by name (NEWLY_REGISTERED ... RESULT_RETURNED); the portal's 1..10 are on DossierStatus
    status                   VARCHAR(32)   NOT NULL,
    channel                  VARCHAR(16)   NOT NULL,
    received_at              DATETIME(6)   NOT NULL,
    -- the reception day: received_at's day, or the next working day when received on a day off or after the cut-off
    counted_from             DATE          NOT NULL,
    appointment_date         DATE          NOT NULL,
    applicant_id_number      CHAR(12)      NOT NULL,
    applicant_full_name      VARCHAR(200)  NOT NULL,
    applicant_date_of_birth  DATE          NULL,
    applicant_sex            VARCHAR(16)   NULL,
    applicant_address        VARCHAR(500)  NULL,
    result_delivery          VARCHAR(16)   NOT NULL,
    delivery_address         VARCHAR(500)  NULL,
    contact_phone            VARCHAR(20)   NULL,
    contact_email            VARCHAR(254)  NULL,
    fee_vnd                  BIGINT        NULL,
    assisted_by              VARCHAR(200)  NULL,
    consent_record_id        BIGINT        NULL,
    -- compared byte for byte: the token is random base64url, where case matters
    tracking_token           VARCHAR(64)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    created_at               DATETIME(6)   NOT NULL,
    version                  INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_dossier_code (code),
    UNIQUE KEY uk_dossier_tracking_token (tracking_token),
    KEY ix_dossier_unit_received (receiving_unit_code, received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- The answers to the procedure's form, with each question's label as it was shown.
CREATE TABLE dossier_answer (
    dossier_id  BIGINT        NOT NULL,
    position    INT           NOT NULL,
    field_key   VARCHAR(80)   NOT NULL,
    label       VARCHAR(500)  NOT NULL,
    value       TEXT          NULL,
    PRIMARY KEY (dossier_id, position),
    CONSTRAINT fk_answer_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- Every status a dossier went through, who moved it and why; the first row (none -> NEWLY_REGISTERED) is written
-- with the dossier.
CREATE TABLE dossier_status_change (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    dossier_id   BIGINT        NOT NULL,
    from_status  VARCHAR(32)   NULL,
    to_status    VARCHAR(32)   NOT NULL,
    changed_at   DATETIME(6)   NOT NULL,
    changed_by   VARCHAR(200)  NOT NULL,
    reason       TEXT          NULL,
    PRIMARY KEY (id),
    KEY ix_status_change_dossier (dossier_id, changed_at),
    CONSTRAINT fk_status_change_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- The NNNN of the dossier codes: one row per receiving unit and day, incremented with
-- INSERT ... ON DUPLICATE KEY UPDATE inside the submitting transaction. The row lock it takes serialises submitters
-- of the same unit and day until they commit (no table lock, no GET_LOCK: both are unsafe on Galera); on Galera two
-- nodes incrementing the same row conflict at commit and the loser retries the whole submission.
CREATE TABLE dossier_code_counter (
    receiving_unit_code  VARCHAR(40)  NOT NULL,
    day                  DATE         NOT NULL,
    last_value           INT          NOT NULL,
    PRIMARY KEY (receiving_unit_code, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;
