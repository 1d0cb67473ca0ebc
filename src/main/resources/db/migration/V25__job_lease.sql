-- Scheduled jobs that must run on one app node at a time (province scale: several app nodes on one Galera cluster)
-- take a lease in this table, ShedLock's JDBC layout: one row per job, taken with an atomic
-- UPDATE ... WHERE lock_until <= now. Galera replicates it like any row (no GET_LOCK, no table lock); two nodes taking
-- the same lease at once conflict at commit and the loser skips its round.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;
