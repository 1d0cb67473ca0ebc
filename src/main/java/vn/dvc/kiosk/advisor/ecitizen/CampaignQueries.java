package vn.dvc.kiosk.advisor.ecitizen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The campaign figures as a handful of GROUP BY queries over {@code ecitizen_step}: the database counts, the app
 * never loads the rows (a province-wide campaign has hundreds of thousands of them).
 */
@Component
class CampaignQueries {

    private final JdbcClient jdbc;

    CampaignQueries(JdbcTemplate jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    /** @param weeks the ISO weeks that overlap {@code from}..{@code to}, oldest first */
    CampaignFigures figures(String groupCode, List<IsoWeek> weeks, LocalDate from, LocalDate to) {
        String where = " WHERE done_on BETWEEN :from AND :to" + (groupCode == null ? "" : " AND group_code = :group");

        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Long> totals = new HashMap<>();
        query("SELECT helped_by, MAX(helped_by_name) AS name, COUNT(DISTINCT resident_id) AS residents"
                + " FROM ecitizen_step" + where + " GROUP BY helped_by ORDER BY MAX(helped_by_name)", from, to,
                groupCode).query((rs, n) -> {
                    names.put(rs.getString("helped_by"), rs.getString("name"));
                    totals.put(rs.getString("helped_by"), rs.getLong("residents"));
                    return null;
                }).list();

        Map<String, Map<Integer, Long>> perWeek = new HashMap<>();
        query("SELECT helped_by, YEARWEEK(done_on, 3) AS week, COUNT(DISTINCT resident_id) AS residents"
                + " FROM ecitizen_step" + where + " GROUP BY helped_by, YEARWEEK(done_on, 3)", from, to, groupCode)
                .query((rs, n) -> perWeek.computeIfAbsent(rs.getString("helped_by"), k -> new HashMap<>())
                        .put(rs.getInt("week"), rs.getLong("residents")))
                .list();

        List<CampaignFigures.VolunteerFigures> volunteers = new ArrayList<>();
        names.forEach((username, name) -> volunteers.add(new CampaignFigures.VolunteerFigures(username, name,
                Map.copyOf(perWeek.getOrDefault(username, Map.of())), totals.get(username))));

        Map<EcitizenStep, Long> steps = new EnumMap<>(EcitizenStep.class);
        for (EcitizenStep step : EcitizenStep.values()) {
            steps.put(step, 0L);
        }
        query("SELECT step, COUNT(*) AS done FROM ecitizen_step" + where + " GROUP BY step", from, to, groupCode)
                .query((rs, n) -> steps.put(EcitizenStep.valueOf(rs.getString("step")), rs.getLong("done")))
                .list();

        long residents = query("SELECT COUNT(DISTINCT resident_id) FROM ecitizen_step" + where, from, to, groupCode)
                .query(Long.class).single();

        List<CampaignFigures.CommuneFigures> communes = query("SELECT commune_code,"
                + " COUNT(DISTINCT resident_id) AS residents, COUNT(*) AS steps,"
                + " SUM(CASE WHEN step = 'FIRST_ONLINE_DOSSIER' THEN 1 ELSE 0 END) AS dossiers"
                + " FROM ecitizen_step" + where + " GROUP BY commune_code ORDER BY commune_code", from, to, groupCode)
                .query((rs, n) -> new CampaignFigures.CommuneFigures(rs.getString("commune_code"),
                        rs.getLong("residents"), rs.getLong("steps"), rs.getLong("dossiers")))
                .list();

        return new CampaignFigures(from, to, List.copyOf(weeks), List.copyOf(volunteers), Map.copyOf(steps), residents,
                steps.get(EcitizenStep.FIRST_ONLINE_DOSSIER), List.copyOf(communes));
    }

    private JdbcClient.StatementSpec query(String sql, LocalDate from, LocalDate to, String groupCode) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("from", from).param("to", to);
        return groupCode == null ? spec : spec.param("group", groupCode);
    }
}
