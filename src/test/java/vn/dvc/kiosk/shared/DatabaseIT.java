package vn.dvc.kiosk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/** The schema rules that let the same migrations run later on a Galera cluster, checked on a real MariaDB. */
@KioskIntegrationTest
class DatabaseIT {

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void everyTableIsInnoDbUtf8mb4WithAPrimaryKey() {
        List<Map<String, Object>> tables = jdbc.queryForList("""
                select t.table_name, t.engine, t.table_collation,
                       (select count(*) from information_schema.table_constraints c
                         where c.table_schema = t.table_schema and c.table_name = t.table_name
                           and c.constraint_type = 'PRIMARY KEY') as primary_keys
                  from information_schema.tables t
                 where t.table_schema = database() and t.table_type = 'BASE TABLE'""");
        assertThat(tables).hasSizeGreaterThanOrEqualTo(10);
        assertThat(tables).allSatisfy(table -> {
            assertThat(table.get("engine")).as("engine of %s", table.get("table_name")).isEqualTo("InnoDB");
            assertThat((String) table.get("table_collation")).as("collation of %s", table.get("table_name"))
                    .startsWith("utf8mb4_");
            assertThat(((Number) table.get("primary_keys")).intValue()).as("primary key of %s", table.get("table_name"))
                    .isEqualTo(1);
        });
    }

    @Test
    void vietnameseCollationSortsByTheVietnameseAlphabet() {
        List<String> sorted = jdbc.queryForList("""
                select name from (select 'Đông' as name union all select 'Dương' union all select 'Ân'
                                  union all select 'An' union all select 'Ba') names
                 order by name collate utf8mb4_uca1400_vietnamese_as_ci""", String.class);
        assertThat(sorted).containsExactly("An", "Ân", "Ba", "Dương", "Đông");
    }

    @Test
    void healthIsUpIncludingTheDatabase() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"db\":{\"status\":\"UP\"}");
    }
}
