-- The officer desk: the appointment clock and the queue.
-- While a dossier is in a status that pauses the clock (5 supplement requested, 6 financial obligation requested,
-- 8 processing stopped), paused_since holds the desk day the pause began; when processing resumes, the working days
-- paused are added to appointment_date and to paused_working_days, and paused_since is cleared. finished_on is the
-- desk day processing finished (status 9), for the processing control slip (Mẫu 05).
-- Adding nullable or defaulted columns is an instant, lock-free ALTER on MariaDB; an index is built online
-- (LOCK=NONE). No table locks: both replicate as DDL on Galera. The history (dossier_status_change) stays
-- append-only: the app has no path that updates or deletes its rows.
ALTER TABLE dossier
    ADD COLUMN paused_since DATE NULL AFTER appointment_date,
    ADD COLUMN paused_working_days INT NOT NULL DEFAULT 0 AFTER paused_since,
    ADD COLUMN finished_on DATE NULL AFTER paused_working_days,
    ALGORITHM = INSTANT;

-- An officer's queue: the unit's dossiers in some statuses, soonest appointment first.
CREATE INDEX ix_dossier_queue ON dossier (receiving_unit_code, status, appointment_date) ALGORITHM = INPLACE LOCK = NONE;
