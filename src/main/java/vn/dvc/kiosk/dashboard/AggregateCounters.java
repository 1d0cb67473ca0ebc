package vn.dvc.kiosk.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Adds to the three grains of counters (unit × procedure × day, commune × month, procedure × province × month) with
 * {@code INSERT … ON DUPLICATE KEY UPDATE c = c + ?}: each statement locks one row, so concurrent listeners of one
 * unit queue briefly on it and nothing locks a table (Galera certifies row writes like any other).
 */
@Component
class AggregateCounters {

    private final JdbcTemplate jdbc;

    AggregateCounters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims one fact of one dossier: true the first time, false when it was counted already (a resubmitted event).
     * Must run in the transaction of the increments, so that both commit or neither does.
     */
    boolean claim(String dossierCode, char kind) {
        return jdbc.update("insert ignore into dashboard_applied_event (dossier_code, kind) values (?, ?)",
                dossierCode, String.valueOf(kind)) == 1;
    }

    void add(UnitPlace place, String procedureCode, ChannelGroup group, LocalDate day, Map<Counter, Integer> amounts) {
        if (amounts.isEmpty()) {
            return;
        }
        Map<Counter, Integer> sorted = new EnumMap<>(amounts);
        LocalDate month = day.withDayOfMonth(1);
        upsert("dashboard_daily", List.of("receiving_unit_code", "day", "procedure_code", "channel_group"),
                List.of(place.receivingUnitCode(), day, procedureCode, group.name()), sorted);
        upsert("dashboard_commune_month", List.of("province_code", "commune_code", "month", "channel_group"),
                List.of(place.provinceCode(), place.communeCode(), month, group.name()), sorted);
        upsert("dashboard_procedure_month", List.of("procedure_code", "month", "province_code", "channel_group"),
                List.of(procedureCode, month, place.provinceCode(), group.name()), sorted);
    }

    /** One more assisted filing of a volunteer group in the month it was received. */
    void addAssisted(VolunteerGroup group, LocalDate month) {
        jdbc.update("""
                insert into dashboard_group_month (group_code, commune_code, month, received_assisted)
                values (?, ?, ?, 1) on duplicate key update received_assisted = received_assisted + 1""",
                group.groupCode(), group.communeCode(), month.withDayOfMonth(1));
    }

    private void upsert(String table, List<String> keys, List<Object> keyValues, Map<Counter, Integer> amounts) {
        List<String> columns = new ArrayList<>(keys);
        amounts.keySet().forEach(counter -> columns.add(counter.column()));
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ") on duplicate key update "
                + amounts.keySet().stream().map(c -> c.column() + " = " + c.column() + " + ?")
                        .collect(Collectors.joining(", "));
        List<Object> args = new ArrayList<>(keyValues);
        args.addAll(amounts.values());
        args.addAll(amounts.values());
        jdbc.update(sql, args.toArray());
    }
}
