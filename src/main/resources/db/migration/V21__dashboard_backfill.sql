-- Counts the dossiers no dashboard listener counted: those received before V20 (and any fact of a dossier whose
-- event was never counted). Each fact that has no dashboard_applied_event claim is added to the three grains with the
-- listeners' rules (DashboardCounting; days per counter: V20's comments), then claimed, so an old event handed over
-- later counts nothing and running this again adds nothing. Flyway applies it at start-up, before the listeners run.
--
-- Times are UTC instants (V5: Hibernate writes them with jdbc.time_zone=UTC); the desk's civil day is the UTC time
-- plus 7 hours (Asia/Ho_Chi_Minh has had no daylight saving time since 1975). finished_on is a civil date already.
--
-- INSERT ... SELECT ... ON DUPLICATE KEY UPDATE only: row locks, no table locks (Galera). The four INSERTs run in
-- Flyway's one transaction (between the view's DDL, which commits implicitly); should a listener of another node
-- claim one of these facts meanwhile, the claims' plain INSERT fails and rolls the counts back rather than count the
-- fact twice, and the next start applies this again. One view keeps the facts' definition in one place.
CREATE OR REPLACE VIEW dashboard_backfill_fact AS
SELECT d.code AS dossier_code, 'S' AS kind, d.receiving_unit_code AS unit, d.procedure_code,
       IF(d.channel = 'ONLINE', 'ONLINE', 'COUNTER') AS channel_group,
       DATE(d.received_at + INTERVAL 7 HOUR) AS day,
       1 AS received, d.assisted_by IS NOT NULL AS received_assisted, COALESCE(d.fee_vnd, 0) > 0 AS with_fee,
       0 AS fee_paid_online, 0 AS finished_early, 0 AS finished_on_time, 0 AS finished_late,
       0 AS returned, 0 AS returned_by_post, 0 AS returned_electronic, 0 AS returned_full_online,
       0 AS rated, 0 AS rating_sum
  FROM dossier d
 WHERE NOT EXISTS (SELECT 1 FROM dashboard_applied_event e WHERE e.dossier_code = d.code AND e.kind = 'S')
UNION ALL
-- The fee becomes PAID only when PaymentConfirmed brought at least the fee (DossierFees), the listener's own rule.
SELECT d.code, 'P', d.receiving_unit_code, d.procedure_code, IF(d.channel = 'ONLINE', 'ONLINE', 'COUNTER'),
       DATE(d.received_at + INTERVAL 7 HOUR), 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0
  FROM dossier d
 WHERE d.fee_vnd > 0 AND d.fee_status = 'PAID'
   AND NOT EXISTS (SELECT 1 FROM dashboard_applied_event e WHERE e.dossier_code = d.code AND e.kind = 'P')
UNION ALL
SELECT d.code, 'V', d.receiving_unit_code, d.procedure_code, IF(d.channel = 'ONLINE', 'ONLINE', 'COUNTER'),
       DATE(d.received_at + INTERVAL 7 HOUR), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, r.score
  FROM dossier d JOIN dossier_rating r ON r.dossier_id = d.id
 WHERE NOT EXISTS (SELECT 1 FROM dashboard_applied_event e WHERE e.dossier_code = d.code AND e.kind = 'V')
UNION ALL
-- Mẫu 05: Timeliness.of for a finished dossier; a refused or withdrawn one has no result to be on time with.
SELECT d.code, 'F', d.receiving_unit_code, d.procedure_code, IF(d.channel = 'ONLINE', 'ONLINE', 'COUNTER'),
       d.finished_on, 0, 0, 0, 0,
       d.finished_on < d.appointment_date, d.finished_on = d.appointment_date, d.finished_on > d.appointment_date,
       0, 0, 0, 0, 0, 0
  FROM dossier d
 WHERE d.finished_on IS NOT NULL AND d.status NOT IN ('NOT_ACCEPTED', 'WITHDRAWN')
   AND NOT EXISTS (SELECT 1 FROM dashboard_applied_event e WHERE e.dossier_code = d.code AND e.kind = 'F')
UNION ALL
-- DashboardCounting.fullOnline: filed online, fee none or paid online, result not collected at the counter.
SELECT d.code, 'R', d.receiving_unit_code, d.procedure_code, IF(d.channel = 'ONLINE', 'ONLINE', 'COUNTER'),
       DATE(c.changed_at + INTERVAL 7 HOUR), 0, 0, 0, 0, 0, 0, 0,
       1, d.result_delivery = 'POSTAL', d.result_delivery = 'ELECTRONIC',
       d.channel = 'ONLINE' AND d.result_delivery <> 'COUNTER' AND d.fee_status IN ('NONE', 'PAID'), 0, 0
  FROM dossier d JOIN dossier_status_change c ON c.dossier_id = d.id AND c.to_status = 'RESULT_RETURNED'
 WHERE NOT EXISTS (SELECT 1 FROM dashboard_applied_event e WHERE e.dossier_code = d.code AND e.kind = 'R');

INSERT INTO dashboard_daily (receiving_unit_code, day, procedure_code, channel_group, received, received_assisted,
       with_fee, fee_paid_online, finished_early, finished_on_time, finished_late, returned, returned_by_post,
       returned_electronic, returned_full_online, rated, rating_sum)
SELECT f.unit, f.day, f.procedure_code, f.channel_group, SUM(f.received), SUM(f.received_assisted),
       SUM(f.with_fee), SUM(f.fee_paid_online), SUM(f.finished_early), SUM(f.finished_on_time),
       SUM(f.finished_late), SUM(f.returned), SUM(f.returned_by_post), SUM(f.returned_electronic),
       SUM(f.returned_full_online), SUM(f.rated), SUM(f.rating_sum)
  FROM dashboard_backfill_fact f
 GROUP BY f.unit, f.day, f.procedure_code, f.channel_group
ON DUPLICATE KEY UPDATE received = received + VALUES(received),
       received_assisted = received_assisted + VALUES(received_assisted), with_fee = with_fee + VALUES(with_fee),
       fee_paid_online = fee_paid_online + VALUES(fee_paid_online),
       finished_early = finished_early + VALUES(finished_early),
       finished_on_time = finished_on_time + VALUES(finished_on_time),
       finished_late = finished_late + VALUES(finished_late), returned = returned + VALUES(returned),
       returned_by_post = returned_by_post + VALUES(returned_by_post),
       returned_electronic = returned_electronic + VALUES(returned_electronic),
       returned_full_online = returned_full_online + VALUES(returned_full_online), rated = rated + VALUES(rated),
       rating_sum = rating_sum + VALUES(rating_sum);

-- An unplaced unit counts under province and commune '', as UnitPlace.unknown.
INSERT INTO dashboard_commune_month (province_code, commune_code, month, channel_group, received,
       received_assisted, with_fee, fee_paid_online, finished_early, finished_on_time, finished_late, returned,
       returned_by_post, returned_electronic, returned_full_online, rated, rating_sum)
SELECT COALESCE(p.province_code, ''), COALESCE(p.commune_code, ''), f.day - INTERVAL (DAYOFMONTH(f.day) - 1) DAY,
       f.channel_group, SUM(f.received), SUM(f.received_assisted), SUM(f.with_fee), SUM(f.fee_paid_online),
       SUM(f.finished_early), SUM(f.finished_on_time), SUM(f.finished_late), SUM(f.returned),
       SUM(f.returned_by_post), SUM(f.returned_electronic), SUM(f.returned_full_online), SUM(f.rated),
       SUM(f.rating_sum)
  FROM dashboard_backfill_fact f LEFT JOIN dashboard_unit_place p ON p.receiving_unit_code = f.unit
 GROUP BY 1, 2, 3, 4
ON DUPLICATE KEY UPDATE received = received + VALUES(received),
       received_assisted = received_assisted + VALUES(received_assisted), with_fee = with_fee + VALUES(with_fee),
       fee_paid_online = fee_paid_online + VALUES(fee_paid_online),
       finished_early = finished_early + VALUES(finished_early),
       finished_on_time = finished_on_time + VALUES(finished_on_time),
       finished_late = finished_late + VALUES(finished_late), returned = returned + VALUES(returned),
       returned_by_post = returned_by_post + VALUES(returned_by_post),
       returned_electronic = returned_electronic + VALUES(returned_electronic),
       returned_full_online = returned_full_online + VALUES(returned_full_online), rated = rated + VALUES(rated),
       rating_sum = rating_sum + VALUES(rating_sum);

INSERT INTO dashboard_procedure_month (procedure_code, month, province_code, channel_group, received,
       received_assisted, with_fee, fee_paid_online, finished_early, finished_on_time, finished_late, returned,
       returned_by_post, returned_electronic, returned_full_online, rated, rating_sum)
SELECT f.procedure_code, f.day - INTERVAL (DAYOFMONTH(f.day) - 1) DAY, COALESCE(p.province_code, ''),
       f.channel_group, SUM(f.received), SUM(f.received_assisted), SUM(f.with_fee), SUM(f.fee_paid_online),
       SUM(f.finished_early), SUM(f.finished_on_time), SUM(f.finished_late), SUM(f.returned),
       SUM(f.returned_by_post), SUM(f.returned_electronic), SUM(f.returned_full_online), SUM(f.rated),
       SUM(f.rating_sum)
  FROM dashboard_backfill_fact f LEFT JOIN dashboard_unit_place p ON p.receiving_unit_code = f.unit
 GROUP BY 1, 2, 3, 4
ON DUPLICATE KEY UPDATE received = received + VALUES(received),
       received_assisted = received_assisted + VALUES(received_assisted), with_fee = with_fee + VALUES(with_fee),
       fee_paid_online = fee_paid_online + VALUES(fee_paid_online),
       finished_early = finished_early + VALUES(finished_early),
       finished_on_time = finished_on_time + VALUES(finished_on_time),
       finished_late = finished_late + VALUES(finished_late), returned = returned + VALUES(returned),
       returned_by_post = returned_by_post + VALUES(returned_by_post),
       returned_electronic = returned_electronic + VALUES(returned_electronic),
       returned_full_online = returned_full_online + VALUES(returned_full_online), rated = rated + VALUES(rated),
       rating_sum = rating_sum + VALUES(rating_sum);

-- Last: until now the view still lists exactly the facts just counted. A plain INSERT, not IGNORE (see above).
INSERT INTO dashboard_applied_event (dossier_code, kind)
SELECT DISTINCT dossier_code, kind FROM dashboard_backfill_fact;

DROP VIEW dashboard_backfill_fact;
