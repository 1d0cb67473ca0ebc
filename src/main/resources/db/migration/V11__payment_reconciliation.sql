-- Reconciliation: where each notification came from, and how a bank transfer finds its VietQR order.
-- Adding columns is an instant, lock-free ALTER on MariaDB; on Galera it replicates as DDL.

-- IPN: VNPay called us; TRANSFER: the bank notified a credit to the desk's account (VietQR); QUERY: our
-- reconciliation job asked the gateway (VNPay querydr) about an order still pending.
ALTER TABLE payment_notification
    ADD COLUMN source VARCHAR(16) NOT NULL DEFAULT 'IPN' AFTER method,
    ADD KEY ix_payment_notification_txn (method, provider_transaction_no),
    ADD KEY ix_payment_notification_outcome (outcome, received_at);

-- VietQR orders only: the transfer purpose the kiosk puts in the code (the dossier code, see VietQrPayload.purposeFor)
-- reduced to upper-case letters and digits, because banks drop or mangle punctuation in a transfer's content.
-- A bank's credit notice is matched to the order whose key its content contains.
ALTER TABLE payment
    ADD COLUMN transfer_key VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NULL AFTER method,
    ADD KEY ix_payment_method_created (method, created_at),
    ADD KEY ix_payment_review (needs_review, created_at);

-- Dossier codes are ASCII letters, digits, dots and dashes: the key is the last 25 characters without punctuation.
UPDATE payment
   SET transfer_key = UPPER(REPLACE(REPLACE(RIGHT(dossier_code, 25), '.', ''), '-', ''))
 WHERE method = 'VIETQR';
