-- The latest heartbeat of each kiosk (issue 9, "Health"): one row per kiosk, replaced by each new heartbeat with a
-- single INSERT ... ON DUPLICATE KEY UPDATE (row lock only). Times are UTC. last_seen_at is the receiving server's
-- clock, so a kiosk whose own clock is wrong is still flagged correctly when it falls silent; sent_at is the kiosk's.
-- No personal data: the kiosk, its devices, the time of the last visit and the app version.
CREATE TABLE kiosk_heartbeat (
    kiosk_id      VARCHAR(40)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    commune_code  CHAR(5)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    -- OK, MISSING, NOT_CONFIGURED
    camera_state  VARCHAR(16)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    -- kiosk.PrinterStatus: OK, PAPER_LOW, PAPER_OUT, OFFLINE, NONE
    printer_state VARCHAR(16)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    last_use_at   DATETIME(6)  NULL,
    app_version   VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    sent_at       DATETIME(6)  NOT NULL,
    first_seen_at DATETIME(6)  NOT NULL,
    last_seen_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (kiosk_id),
    KEY ix_kiosk_heartbeat_commune (commune_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;
