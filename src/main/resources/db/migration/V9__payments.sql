-- Online fee payments (VietQR transfers, the VNPay gateway) and every notification a gateway or bank sent about them.
-- Times are UTC instants like every DATETIME of this schema. Amounts are whole VND.
-- InnoDB, utf8mb4, a primary key on every table and no table locks: the schema must run unchanged on Galera.

-- One payment order per attempt to pay a dossier's fee. order_ref is what the gateway knows the order by (VNPay's
-- vnp_TxnRef). PENDING -> PAID | FAILED | EXPIRED, or AT_COUNTER when the resident chose to pay at the counter
-- instead; a late successful notification may still turn an EXPIRED or AT_COUNTER order into PAID (the money moved).
CREATE TABLE payment (
    id                       BIGINT        NOT NULL AUTO_INCREMENT,
    -- random, unguessable, upper-case letters and digits: it travels in gateway URLs and return pages
    order_ref                VARCHAR(32)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    -- the dossier's code as the dossier module gave it (no foreign key: modules own their tables)
    dossier_code             VARCHAR(60)   NOT NULL,
    amount_vnd               BIGINT        NOT NULL,
    method                   VARCHAR(16)   NOT NULL,
    status                   VARCHAR(16)   NOT NULL,
    created_at               DATETIME(6)   NOT NULL,
    expires_at               DATETIME(6)   NOT NULL,
    status_changed_at        DATETIME(6)   NOT NULL,
    paid_at                  DATETIME(6)   NULL,
    -- the gateway's own number for the transaction that paid this order (VNPay's vnp_TransactionNo); set only when
    -- PAID, so a cancelled attempt's "0" never collides. One transaction pays at most one order, once.
    provider_transaction_no  VARCHAR(64)   CHARACTER SET ascii COLLATE ascii_bin NULL,
    bank_code                VARCHAR(32)   CHARACTER SET ascii COLLATE ascii_bin NULL,
    -- something an officer must look at (a signed notification with another amount, money received twice, ...)
    needs_review             BOOLEAN       NOT NULL DEFAULT FALSE,
    review_reason            VARCHAR(200)  NULL,
    version                  INT           NOT NULL DEFAULT 0,
    -- the dossier code while this order is PENDING or PAID, NULL otherwise: its unique key lets a dossier have at
    -- most one open-or-paid order at a time (NULLs never collide). A stored (PERSISTENT) column, which Galera
    -- certifies like any other unique key; the application does not map it.
    active_dossier_code      VARCHAR(60)   AS (CASE WHEN status IN ('PENDING', 'PAID') THEN dossier_code END) PERSISTENT,
    PRIMARY KEY (id),
    UNIQUE KEY uk_payment_order_ref (order_ref),
    UNIQUE KEY uk_payment_provider_txn (method, provider_transaction_no),
    UNIQUE KEY uk_payment_active_dossier (active_dossier_code),
    KEY ix_payment_dossier (dossier_code, created_at),
    KEY ix_payment_status_expires (status, expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- Every payment notification received (VNPay IPN, later bank transfer notices), valid or not, with what we answered.
-- Written in the same transaction as the change it caused: a row here with rsp_code 00 means the change committed.
-- What the sender claimed is kept as received (trimmed to printable ASCII): no card number, no payer name.
CREATE TABLE payment_notification (
    id                       BIGINT        NOT NULL AUTO_INCREMENT,
    method                   VARCHAR(16)   NOT NULL,
    order_ref                VARCHAR(100)  CHARACTER SET ascii COLLATE ascii_bin NULL,
    -- the order it was applied to, when one was found
    payment_id               BIGINT        NULL,
    provider_transaction_no  VARCHAR(64)   CHARACTER SET ascii COLLATE ascii_bin NULL,
    -- the amount notified, in VND (VNPay sends VND x 100); NULL when it was not a number
    amount_vnd               DECIMAL(17,2) NULL,
    response_code            VARCHAR(8)    CHARACTER SET ascii COLLATE ascii_bin NULL,
    transaction_status       VARCHAR(8)    CHARACTER SET ascii COLLATE ascii_bin NULL,
    bank_code                VARCHAR(32)   CHARACTER SET ascii COLLATE ascii_bin NULL,
    -- when the gateway says the payer paid (VNPay's vnp_PayDate, GMT+7, stored as UTC)
    provider_paid_at         DATETIME(6)   NULL,
    signature_valid          BOOLEAN       NOT NULL,
    -- what we answered (VNPay RspCode: 00, 01, 02, 04, 97) and what it meant for the order
    rsp_code                 CHAR(2)       CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    outcome                  VARCHAR(32)   NOT NULL,
    received_at              DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_payment_notification_order (order_ref, received_at),
    KEY ix_payment_notification_received (received_at),
    CONSTRAINT fk_payment_notification_payment FOREIGN KEY (payment_id) REFERENCES payment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;
