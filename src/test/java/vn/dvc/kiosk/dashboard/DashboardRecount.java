package vn.dvc.kiosk.dashboard;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's counters counted again from scratch, straight from the dossier tables (dossier,
 * dossier_status_change, dossier_rating; staff_account for the volunteers' groups) by SQL, with the same definitions
 * the listeners apply event by event (V20__dashboard_aggregates.sql, V22__dashboard_assisted_by_group.sql). The
 * integration tests compare it with what the listeners and the backfill kept; the data generator writes it as the
 * aggregates of the dossiers it generated. Written apart from V21's backfill on purpose: it is what that is checked
 * against.
 */
final class DashboardRecount {

    static final List<String> TABLES = List.of("dashboard_daily", "dashboard_commune_month",
            "dashboard_procedure_month", "dashboard_group_month");

    static final String COUNTERS = "received, received_assisted, with_fee, fee_paid_online, finished_early, "
            + "finished_on_time, finished_late, returned, returned_by_post, returned_electronic, "
            + "returned_full_online, rated, rating_sum";

    private static final String SUMS = "sum(received), sum(received_assisted), sum(with_fee), sum(fee_paid_online), "
            + "sum(finished_early), sum(finished_on_time), sum(finished_late), sum(returned), sum(returned_by_post), "
            + "sum(returned_electronic), sum(returned_full_online), sum(rated), sum(rating_sum)";

    /**
     * One row per dossier and fact, on the day the fact belongs to. {@code ?} is the desk zone's offset from UTC in
     * seconds (Asia/Ho_Chi_Minh: 25,200, no daylight saving time), so received_at's civil day is
     * date(received_at + offset).
     */
    private static final String FACTS = """
            select d.receiving_unit_code as unit, d.procedure_code as procedure_code,
                   if(d.channel = 'ONLINE', 'ONLINE', 'COUNTER') as channel_group,
                   date(d.received_at + interval %1$d second) as day,
                   1 as received, d.assisted_by is not null as received_assisted,
                   coalesce(d.fee_vnd, 0) > 0 as with_fee,
                   coalesce(d.fee_vnd, 0) > 0 and d.fee_status = 'PAID' as fee_paid_online,
                   0 as finished_early, 0 as finished_on_time, 0 as finished_late,
                   0 as returned, 0 as returned_by_post, 0 as returned_electronic, 0 as returned_full_online,
                   r.score is not null as rated, coalesce(r.score, 0) as rating_sum
              from dossier d left join dossier_rating r on r.dossier_id = d.id
            union all
            select d.receiving_unit_code, d.procedure_code, if(d.channel = 'ONLINE', 'ONLINE', 'COUNTER'),
                   d.finished_on, 0, 0, 0, 0,
                   d.finished_on < d.appointment_date, d.finished_on = d.appointment_date,
                   d.finished_on > d.appointment_date, 0, 0, 0, 0, 0, 0
              from dossier d
             where d.finished_on is not null and d.status not in ('NOT_ACCEPTED', 'WITHDRAWN')
            union all
            select d.receiving_unit_code, d.procedure_code, if(d.channel = 'ONLINE', 'ONLINE', 'COUNTER'),
                   date(c.changed_at + interval %1$d second), 0, 0, 0, 0, 0, 0, 0,
                   1, d.result_delivery = 'POSTAL', d.result_delivery = 'ELECTRONIC',
                   d.channel = 'ONLINE' and d.result_delivery <> 'COUNTER' and d.fee_status in ('NONE', 'PAID'),
                   0, 0
              from dossier d join dossier_status_change c on c.dossier_id = d.id and c.to_status = 'RESULT_RETURNED'
            """;

    private static final String PLACED = "(select f.*, coalesce(p.province_code, '') as province_code, "
            + "coalesce(p.commune_code, '') as commune_code from (%s) f "
            + "left join dashboard_unit_place p on p.receiving_unit_code = f.unit) x";

    /**
     * Assisted dossiers per volunteer group (its commune) and month received; a volunteer without an account or
     * group, or named only by a label, under ''. {@code %1$d}: the zone offset, as in {@link #FACTS}.
     */
    private static final String GROUPS = """
            select coalesce(a.group_code, '') as group_code,
                   if(a.group_code is null, '', coalesce(a.commune_code, '')) as commune_code,
                   date(d.received_at + interval %1$d second)
                       - interval (dayofmonth(d.received_at + interval %1$d second) - 1) day as month,
                   count(*) as received_assisted
              from dossier d left join staff_account a on a.username = lower(trim(d.assisted_by_username))
             where d.assisted_by is not null
             group by 1, 2, 3""";

    private DashboardRecount() {
    }

    /** The recount of each aggregate table, as a SELECT with the table's columns in its order. */
    static Map<String, String> selects(int zoneOffsetSeconds) {
        String facts = FACTS.formatted(zoneOffsetSeconds);
        String placed = PLACED.formatted(facts);
        return Map.of(
                "dashboard_daily", "select unit, day, procedure_code, channel_group, " + SUMS + " from (" + facts
                        + ") f group by unit, day, procedure_code, channel_group",
                "dashboard_commune_month", "select province_code, commune_code, day - interval (dayofmonth(day) - 1)"
                        + " day as month, channel_group, " + SUMS + " from " + placed
                        + " group by province_code, commune_code, month, channel_group",
                "dashboard_procedure_month", "select procedure_code, day - interval (dayofmonth(day) - 1) day as month,"
                        + " province_code, channel_group, " + SUMS + " from " + placed
                        + " group by procedure_code, month, province_code, channel_group",
                "dashboard_group_month", GROUPS.formatted(zoneOffsetSeconds));
    }

    static List<String> keyColumns(String table) {
        return switch (table) {
            case "dashboard_daily" -> List.of("receiving_unit_code", "day", "procedure_code", "channel_group");
            case "dashboard_commune_month" -> List.of("province_code", "commune_code", "month", "channel_group");
            case "dashboard_procedure_month" -> List.of("procedure_code", "month", "province_code", "channel_group");
            case "dashboard_group_month" -> List.of("group_code", "commune_code", "month");
            default -> throw new IllegalArgumentException(table);
        };
    }

    /** The table's key columns and counters, in the order of its recount. */
    static String columns(String table) {
        return String.join(", ", keyColumns(table)) + ", "
                + (table.equals("dashboard_group_month") ? "received_assisted" : COUNTERS);
    }

    /** Replaces every aggregate row by the recount (the generator's bulk load; not for a running app). */
    static void rebuild(JdbcTemplate jdbc, int zoneOffsetSeconds) {
        selects(zoneOffsetSeconds).forEach((table, select) -> {
            jdbc.execute("delete from " + table);
            jdbc.execute("insert into " + table + " (" + columns(table) + ") " + select);
        });
    }
}
