-- The key a kiosk or tablet sends with a submission (one per draft): when the database acknowledged the commit but the
-- answer was lost on the way back (the database went away at that very moment), the resident is told "try again";
-- the second submission with the same key returns the dossier already received instead of filing it twice.
-- NULL for dossiers registered at the counter and for those filed before the key existed.
ALTER TABLE dossier
    ADD COLUMN submission_key CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NULL,
    ADD UNIQUE KEY uk_dossier_submission_key (submission_key);
