-- A resident's satisfaction with a dossier whose result was returned (Decision 766/QĐ-TTg counts satisfaction):
-- 1 very dissatisfied .. 5 very satisfied, an optional comment in NFC. One rating per dossier, kept by the unique key
-- even when two screens send at the same moment. Plain InnoDB with a primary key: fine on Galera.
CREATE TABLE dossier_rating (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    dossier_id  BIGINT        NOT NULL,
    score       TINYINT       NOT NULL,
    comment     VARCHAR(1000) NULL,
    rated_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_dossier_rating_dossier (dossier_id),
    CONSTRAINT fk_rating_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT ck_rating_score CHECK (score BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;
