-- The leaders' dashboard: online-service measures read from counters kept as dossiers move, never from scans of
-- the dossier table. Every counter is incremented by the dashboard module's event listeners with
-- INSERT ... ON DUPLICATE KEY UPDATE (row locks only, no table locks: the schema must run unchanged on Galera), in
-- the same transaction as the row of dashboard_applied_event that makes a resubmitted event count once.
--
-- Which day a counter belongs to (civil days of kiosk.time-zone, Asia/Ho_Chi_Minh):
--   received, received_assisted, with_fee, fee_paid_online, rated, rating_sum: the day the dossier was received
--     (a cohort: "of the dossiers received in May, how many were paid online / how satisfied were they");
--   finished_early, finished_on_time, finished_late: the day processing finished (finished_on, Mẫu 05);
--   returned, returned_by_post, returned_electronic, returned_full_online: the day the result was returned.
-- channel_group: ONLINE (kiosk, tablet, web: SubmissionChannel.ONLINE) or COUNTER (in person, public post).
--
-- Three grains of the same counters, all written by each event, so that every dashboard question reads a few
-- thousand rows at most: per unit and procedure and day (drilling into a unit), per commune and month (province
-- and commune levels), per procedure and province and month (a procedure's trend).

CREATE TABLE dashboard_daily (
    receiving_unit_code   VARCHAR(40)  NOT NULL,
    day                   DATE         NOT NULL,
    procedure_code        VARCHAR(40)  NOT NULL,
    channel_group         VARCHAR(8)   NOT NULL,
    received              INT          NOT NULL DEFAULT 0,
    received_assisted     INT          NOT NULL DEFAULT 0,
    with_fee              INT          NOT NULL DEFAULT 0,
    fee_paid_online       INT          NOT NULL DEFAULT 0,
    finished_early        INT          NOT NULL DEFAULT 0,
    finished_on_time      INT          NOT NULL DEFAULT 0,
    finished_late         INT          NOT NULL DEFAULT 0,
    returned              INT          NOT NULL DEFAULT 0,
    returned_by_post      INT          NOT NULL DEFAULT 0,
    returned_electronic   INT          NOT NULL DEFAULT 0,
    returned_full_online  INT          NOT NULL DEFAULT 0,
    rated                 INT          NOT NULL DEFAULT 0,
    rating_sum            INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (receiving_unit_code, day, procedure_code, channel_group)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- province_code / commune_code '' for a receiving unit with no row in dashboard_unit_place yet.
CREATE TABLE dashboard_commune_month (
    province_code         VARCHAR(20)  NOT NULL,
    commune_code          VARCHAR(20)  NOT NULL,
    month                 DATE         NOT NULL,
    channel_group         VARCHAR(8)   NOT NULL,
    received              INT          NOT NULL DEFAULT 0,
    received_assisted     INT          NOT NULL DEFAULT 0,
    with_fee              INT          NOT NULL DEFAULT 0,
    fee_paid_online       INT          NOT NULL DEFAULT 0,
    finished_early        INT          NOT NULL DEFAULT 0,
    finished_on_time      INT          NOT NULL DEFAULT 0,
    finished_late         INT          NOT NULL DEFAULT 0,
    returned              INT          NOT NULL DEFAULT 0,
    returned_by_post      INT          NOT NULL DEFAULT 0,
    returned_electronic   INT          NOT NULL DEFAULT 0,
    returned_full_online  INT          NOT NULL DEFAULT 0,
    rated                 INT          NOT NULL DEFAULT 0,
    rating_sum            INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (province_code, commune_code, month, channel_group),
    KEY ix_dashboard_commune_month_month (month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

CREATE TABLE dashboard_procedure_month (
    procedure_code        VARCHAR(40)  NOT NULL,
    month                 DATE         NOT NULL,
    province_code         VARCHAR(20)  NOT NULL,
    channel_group         VARCHAR(8)   NOT NULL,
    received              INT          NOT NULL DEFAULT 0,
    received_assisted     INT          NOT NULL DEFAULT 0,
    with_fee              INT          NOT NULL DEFAULT 0,
    fee_paid_online       INT          NOT NULL DEFAULT 0,
    finished_early        INT          NOT NULL DEFAULT 0,
    finished_on_time      INT          NOT NULL DEFAULT 0,
    finished_late         INT          NOT NULL DEFAULT 0,
    returned              INT          NOT NULL DEFAULT 0,
    returned_by_post      INT          NOT NULL DEFAULT 0,
    returned_electronic   INT          NOT NULL DEFAULT 0,
    returned_full_online  INT          NOT NULL DEFAULT 0,
    rated                 INT          NOT NULL DEFAULT 0,
    rating_sum            INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (procedure_code, month, province_code, channel_group)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- One row per dossier and kind of fact counted (S submitted, F finished, R returned, P paid online, V rated): the
-- listener inserts it first (INSERT IGNORE) and increments only when it was new, in one transaction, so an event
-- the publication registry hands over again after a crash changes nothing. Each kind happens once per dossier.
CREATE TABLE dashboard_applied_event (
    dossier_code  VARCHAR(60)  NOT NULL,
    kind          CHAR(1)      CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (dossier_code, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- Where each receiving unit sits, so measures roll up province -> commune -> unit -> procedure. A unit's place is
-- copied into the month tables when its events are counted: moving a unit later needs a rebuild of those rows.
CREATE TABLE dashboard_unit_place (
    receiving_unit_code  VARCHAR(40)  NOT NULL,
    province_code        VARCHAR(20)  NOT NULL,
    commune_code         VARCHAR(20)  NOT NULL,
    PRIMARY KEY (receiving_unit_code),
    KEY ix_dashboard_unit_place_commune (commune_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- The demo desks (README): H01 is Phường Hoàn Kiếm's, H02 another Hà Nội ward's (Phường Ba Đình, 00004).
INSERT INTO dashboard_unit_place (receiving_unit_code, province_code, commune_code) VALUES
    ('000.00.00.H01', '01', '00070'),
    ('000.00.00.H02', '01', '00004');

-- "Overdue now" counts open dossiers whose clock runs (1, 2, 4) with an appointment before today, per unit: a range
-- scan of this index per status instead of a walk through every unit's queue. Built online, no table lock.
CREATE INDEX ix_dossier_status_due ON dossier (status, appointment_date, receiving_unit_code)
    ALGORITHM = INPLACE LOCK = NONE;
