-- Consent to use ID card data (Law 91/2025/QH15): one row per consent given, never updated except to withdraw.
CREATE TABLE consent_record (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    purpose       VARCHAR(40)  NOT NULL,
    text_version  VARCHAR(40)  NOT NULL,
    text_sha256   CHAR(64)     NOT NULL,
    locale        VARCHAR(8)   NOT NULL,
    subject_hash  CHAR(64)     NOT NULL,
    given_at      DATETIME(6)  NOT NULL,
    assisted_by   VARCHAR(100) NULL,
    withdrawn_at  DATETIME(6)  NULL,
    PRIMARY KEY (id),
    KEY ix_consent_subject (subject_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;
