-- Whether a dossier's fee is owed, paid online, or to be paid at the counter. Kept by the dossier module from the
-- payment module's events (PaymentConfirmed, PaymentAtCounterChosen); the payment rows stay the payment module's.
-- NONE: no fee, or an amount the officer sets (fee_vnd NULL). DUE: fee_vnd > 0 and not paid yet.
-- Adding a column with a default is an instant, lock-free ALTER on MariaDB; on Galera it replicates as DDL.
ALTER TABLE dossier ADD COLUMN fee_status VARCHAR(16) NOT NULL DEFAULT 'NONE' AFTER fee_vnd;

UPDATE dossier SET fee_status = 'DUE' WHERE fee_vnd > 0;
