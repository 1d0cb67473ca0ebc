-- Assisted filings per volunteer group and month of reception (civil month, Asia/Ho_Chi_Minh), counted with a
-- dossier's received_assisted by the same listener, in the same transaction, under the same 'S' claim. The sum over
-- groups equals received_assisted: a volunteer named only by a label (before advisors signed in) or whose account is
-- gone counts under group_code '' and commune_code ''. The group is the volunteer's when the dossier was counted;
-- moving a volunteer later moves no counts (like a unit's place).
--
-- commune_code is the volunteer group's commune (staff_account.commune_code), not the receiving unit's: the figure
-- rates the groups, each attached to one commune where it runs its campaign, while its volunteers file to every
-- kind of unit (online filings to province departments too), which would split one group over many rows. Where the
-- dossiers landed is what the other grains already say.
CREATE TABLE dashboard_group_month (
    group_code         VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    commune_code       VARCHAR(20)  NOT NULL,
    month              DATE         NOT NULL,
    received_assisted  INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (group_code, commune_code, month),
    KEY ix_dashboard_group_month_month (month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_vietnamese_as_ci;

-- The dossiers counted before this table existed: every one with an 'S' claim, those of V21's backfill included
-- (V21 ran first). Flyway applies this before the listeners start, so none of them is in the new table yet; stop
-- every node of the old version first, since its listeners would claim 'S' without counting here.
INSERT INTO dashboard_group_month (group_code, commune_code, month, received_assisted)
SELECT COALESCE(a.group_code, ''), IF(a.group_code IS NULL, '', COALESCE(a.commune_code, '')),
       DATE(d.received_at + INTERVAL 7 HOUR) - INTERVAL (DAYOFMONTH(d.received_at + INTERVAL 7 HOUR) - 1) DAY,
       COUNT(*)
  FROM dossier d
  JOIN dashboard_applied_event e ON e.dossier_code = d.code AND e.kind = 'S'
  LEFT JOIN staff_account a ON a.username = LOWER(TRIM(d.assisted_by_username))
 WHERE d.assisted_by IS NOT NULL
 GROUP BY 1, 2, 3
ON DUPLICATE KEY UPDATE received_assisted = received_assisted + VALUES(received_assisted);
