-- Notifications to residents (SMS, e-mail, Zalo, or the built-in mailbox): an outbox the delivery worker drains.
-- event_key identifies the dossier event a message tells about (the dossier code and its new status, plus the time
-- of the change for statuses a dossier can reach more than once): with the channel it is UNIQUE, so a resubmitted
-- event publication never makes a second message. Claiming a row is a single-row UPDATE ... WHERE status='PENDING'
-- (row locks only, no table locks), safe under Galera's certification.
CREATE TABLE notification_message (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    event_key       VARCHAR(160)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    channel         VARCHAR(16)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    dossier_code    VARCHAR(64)   NOT NULL,
    dossier_status  VARCHAR(40)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    recipient       VARCHAR(320)  NOT NULL,
    subject         VARCHAR(255)  NULL,
    body            TEXT          NOT NULL,
    -- PENDING, SENDING (claimed by a worker), SENT, FAILED (gave up after the last attempt)
    status          VARCHAR(16)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    -- the adapter's error class and HTTP status or SMTP reply class only: never a recipient or a message text
    last_error      VARCHAR(500)  NULL,
    -- the adapter that delivered it: the channel itself, or MAILBOX when that channel is not configured
    delivered_via   VARCHAR(16)   CHARACTER SET ascii COLLATE ascii_bin NULL,
    created_at      DATETIME(6)   NOT NULL,
    claimed_at      DATETIME(6)   NULL,
    sent_at         DATETIME(6)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_notification_message_event (event_key, channel),
    KEY ix_notification_message_due (status, next_attempt_at),
    KEY ix_notification_message_dossier (dossier_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;
