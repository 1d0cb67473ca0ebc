-- The e-citizen campaign (issue 7): residents a volunteer group helps to become e-citizens, per commune. A resident
-- is stored only with their consent, and only what the consent text names: name (NFC), last 4 ID digits, a one-way
-- hash of the ID number (to find them again in the same commune), the steps with their dates and who helped. The
-- consent itself is kept on the row (text version, hash of the exact text shown, language, time, volunteer), so it
-- can be reproduced. Plain InnoDB with primary keys: fine on Galera.
CREATE TABLE ecitizen_resident (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    commune_code         VARCHAR(10)  NOT NULL,
    group_code           VARCHAR(40)  NOT NULL,
    subject_hash         CHAR(64)     NOT NULL,
    full_name            VARCHAR(200) NOT NULL,
    id_last4             CHAR(4)      NOT NULL,
    consent_text_version VARCHAR(40)  NOT NULL,
    consent_text_sha256  CHAR(64)     NOT NULL,
    consent_locale       VARCHAR(8)   NOT NULL,
    consent_given_at     DATETIME(6)  NOT NULL,
    enrolled_by          VARCHAR(100) NOT NULL,
    enrolled_by_name     VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_ecitizen_resident_subject (commune_code, subject_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- One row per step done; unticking (same day only) deletes it. The helper's group and the resident's commune are
-- copied here so that the campaign figures are one GROUP BY over this table.
CREATE TABLE ecitizen_step (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    resident_id    BIGINT       NOT NULL,
    step           VARCHAR(30)  NOT NULL,
    done_on        DATE         NOT NULL,
    helped_by      VARCHAR(100) NOT NULL,
    helped_by_name VARCHAR(200) NOT NULL,
    group_code     VARCHAR(40)  NOT NULL,
    commune_code   VARCHAR(10)  NOT NULL,
    ticked_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_ecitizen_step (resident_id, step),
    KEY ix_ecitizen_step_group_day (group_code, done_on),
    KEY ix_ecitizen_step_day (done_on),
    CONSTRAINT fk_ecitizen_step_resident FOREIGN KEY (resident_id) REFERENCES ecitizen_resident (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;
