package vn.dvc.kiosk.dashboard;

import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes N synthetic dossiers (codes {@code GEN-1} … {@code GEN-N}) and their aggregates, in bulk SQL, for the
 * dashboard benchmark and for trying the dashboard on a big database ({@code scripts/generate-dossiers.sh}).
 * Three years back from today, every commune of the 34 provinces a receiving unit ({@code GEN.<commune code>}),
 * every catalog procedure; the online share grows from 20% to 60% over the three years, 30% of online filings
 * assisted; dossiers older than 30 days closed (95% returned, 3% refused, 2% withdrawn), newer ones in every status;
 * 70% finished before the deadline, 20% on the day, 10% late; fees paid online for 60% of online dossiers with a fee;
 * one returned dossier in 7 rated. Only the history rows the dashboard reads are written (the RESULT_RETURNED step).
 * Assisted filings name their volunteer only by a label, so they all count under volunteer group ''. The aggregates
 * (the group table's too) are then recounted from the tables ({@link DashboardRecount#rebuild}), the same SQL the
 * integration tests check the listeners and the backfill against.
 */
final class DossierGenerator {

    private static final int CHUNK = 250_000;
    /** Asia/Ho_Chi_Minh has no daylight saving time: civil time is UTC+7 all year. */
    static final int VIETNAM_OFFSET_SECONDS = 7 * 3600;

    private DossierGenerator() {
    }

    /** @return whether dossiers were written (false when {@code GEN-<n>} exists already) */
    static boolean generate(JdbcTemplate jdbc, int n, LocalDate today) {
        Integer existing = jdbc.queryForObject("select count(*) from dossier where code = ?", Integer.class,
                "GEN-" + n);
        if (existing != null && existing > 0) {
            return false;
        }
        jdbc.update("""
                insert ignore into dashboard_unit_place (receiving_unit_code, province_code, commune_code)
                select concat('GEN.', code), province_code, code from wards""");
        // numbered communes and procedures with a primary key, so each generated row finds its own by index
        jdbc.execute("create or replace table gen_commune (idx int primary key, code varchar(20)) engine = InnoDB");
        jdbc.execute("insert into gen_commune select row_number() over (order by code) - 1, code from wards");
        jdbc.execute("""
                create or replace table gen_procedure (idx int primary key, code varchar(40), name_vi varchar(500))
                engine = InnoDB""");
        jdbc.execute("""
                insert into gen_procedure select row_number() over (order by code) - 1, code, name_vi
                  from procedure_def""");
        int communes = jdbc.queryForObject("select count(*) from gen_commune", Integer.class);
        int procedures = jdbc.queryForObject("select count(*) from gen_procedure", Integer.class);
        for (int offset = 0; offset < n; offset += CHUNK) {
            int size = Math.min(CHUNK, n - offset);
            jdbc.update(DOSSIERS.formatted(offset, size, communes, procedures), today, today, today);
        }
        long[] ids = jdbc.queryForObject("select min(id), max(id) from dossier where code like 'GEN-%'",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)});
        for (long from = ids[0]; from <= ids[1]; from += CHUNK) {
            jdbc.update("""
                    insert into dossier_status_change (dossier_id, from_status, to_status, changed_at, changed_by)
                    select id, 'PROCESSING_FINISHED', 'RESULT_RETURNED',
                           timestamp(least(finished_on + interval (id % 3) day, ?)) + interval 3 hour, 'generator'
                      from dossier where id between ? and ? and status = 'RESULT_RETURNED'
                       and code like 'GEN-%'""", today, from, from + CHUNK - 1);
            jdbc.update("""
                    insert into dossier_rating (dossier_id, score, rated_at)
                    select id, elt(1 + id % 10, 5, 5, 5, 4, 4, 4, 3, 2, 5, 1), utc_timestamp(6)
                      from dossier where id between ? and ? and status = 'RESULT_RETURNED' and id % 7 = 0
                       and code like 'GEN-%'""", from, from + CHUNK - 1);
        }
        jdbc.execute("drop table gen_commune");
        jdbc.execute("drop table gen_procedure");
        DashboardRecount.rebuild(jdbc, VIETNAM_OFFSET_SECONDS);
        for (String table : new String[] {"dossier", "dashboard_daily", "dashboard_commune_month",
                "dashboard_procedure_month", "dashboard_group_month", "dashboard_unit_place"}) {
            jdbc.execute("analyze table " + table);
        }
        return true;
    }

    /**
     * One chunk: %1$d offset, %2$d size, %3$d communes, %4$d procedures; the three ? are today (a civil date).
     * received_at is stored in UTC: 01:00–09:00 UTC is 08:00–16:00 in Vietnam, the same civil day.
     */
    private static final String DOSSIERS = """
            insert into dossier (code, procedure_code, procedure_name, receiving_unit_code, status, channel,
                received_at, counted_from, appointment_date, finished_on, applicant_id_number, applicant_full_name,
                result_delivery, fee_vnd, fee_status, assisted_by, tracking_token, created_at)
            select concat('GEN-', g.n), p.code, p.name_vi, concat('GEN.', c.code), g.status, g.channel,
                   timestamp(g.day) + interval (1 + g.n %% 9) hour, g.day, g.appointment,
                   case when g.status in ('RESULT_RETURNED', 'PROCESSING_FINISHED') then
                       greatest(g.day, least(?, g.appointment + interval (case when g.t < 7 then -(1 + g.n %% 4)
                           when g.t < 9 then 0 else 1 + g.n %% 5 end) day)) end,
                   lpad(g.n, 12, '0'), concat('Người thử ', g.n),
                   if(g.online, elt(1 + g.n %% 3, 'COUNTER', 'POSTAL', 'ELECTRONIC'),
                       if(g.n %% 7 = 0, 'POSTAL', 'COUNTER')),
                   g.fee,
                   case when g.fee > 0 then if(g.online and (g.n * 7) %% 100 < 60, 'PAID', 'AT_COUNTER')
                        else 'NONE' end,
                   if(g.online and (g.n * 11) %% 100 < 30, 'Tình nguyện viên (dữ liệu sinh)', null),
                   concat('gen-', lpad(g.n, 16, '0')), timestamp(g.day) + interval (1 + g.n %% 9) hour
              from (select s.n, s.age, s.ci, s.pi, s.online, s.t,
                           ? - interval s.age day as day,
                           ? - interval s.age day + interval (5 + s.n %% 11) day as appointment,
                           if(s.online, 'ONLINE', if(s.n %% 10 = 0, 'PUBLIC_POST', 'IN_PERSON')) as channel,
                           case when s.age > 30 then
                                    case when s.r < 95 then 'RESULT_RETURNED' when s.r < 98 then 'NOT_ACCEPTED'
                                         else 'WITHDRAWN' end
                                else elt(1 + s.n %% 8, 'NEWLY_REGISTERED', 'ACCEPTED', 'BEING_PROCESSED',
                                    'SUPPLEMENT_REQUESTED', 'PROCESSING_FINISHED', 'RESULT_RETURNED',
                                    'BEING_PROCESSED', 'NOT_ACCEPTED') end as status,
                           case s.pi %% 4 when 0 then 0 when 1 then 20000 when 2 then 50000 else null end as fee
                      from (select q.n, (q.n * 48271) %% 1095 as age, (q.n * 7919) %% %3$d as ci,
                                   (floor(q.n / 7) * 104729) %% %4$d as pi, (q.n * 17) %% 100 as r, (q.n * 13) %% 10 as t,
                                   (q.n * 31) %% 100 < 20 + (1095 - (q.n * 48271) %% 1095) * 40 / 1095 as online
                              from (select seq + %1$d as n from seq_1_to_%2$d) q) s) g
              join gen_commune c on c.idx = g.ci
              join gen_procedure p on p.idx = g.pi
            """;
}
