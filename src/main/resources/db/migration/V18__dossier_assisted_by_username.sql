-- Who assisted, as the advisor's sign-in name: "the dossiers I helped with" is a query by it (an advisor sees only
-- their own), while assisted_by keeps the readable label the officers see. NULL for self-service filing.
ALTER TABLE dossier
    ADD COLUMN assisted_by_username VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL AFTER assisted_by,
    ADD KEY ix_dossier_assisted_by_username (assisted_by_username, received_at);
