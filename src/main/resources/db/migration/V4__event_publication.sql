-- Spring Modulith's event publication registry (JPA): events between features survive a crash.
CREATE TABLE event_publication (
    id                     UUID          NOT NULL,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       VARCHAR(4000) NOT NULL,
    publication_date       DATETIME(6)   NOT NULL,
    completion_date        DATETIME(6)   NULL,
    last_resubmission_date DATETIME(6)   NULL,
    completion_attempts    INT           NOT NULL DEFAULT 0,
    status                 VARCHAR(32)   NULL,
    PRIMARY KEY (id),
    KEY ix_event_publication_completion (completion_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE event_publication_archive (
    id                     UUID          NOT NULL,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       VARCHAR(4000) NOT NULL,
    publication_date       DATETIME(6)   NOT NULL,
    completion_date        DATETIME(6)   NULL,
    last_resubmission_date DATETIME(6)   NULL,
    completion_attempts    INT           NOT NULL DEFAULT 0,
    status                 VARCHAR(32)   NULL,
    PRIMARY KEY (id),
    KEY ix_event_publication_archive_completion (completion_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;
