package vn.dvc.kiosk.shared.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the app-managed MariaDB keeps its files. Used only when no external database is configured
 * ({@code spring.datasource.url} empty).
 *
 * @param dataDir  the database files; kept between runs so a restart keeps every dossier
 * @param baseDir  where the MariaDB server binaries are unpacked once
 * @param port     TCP port on 127.0.0.1; 0 picks a free one
 * @param database schema name
 */
@ConfigurationProperties("kiosk.database.embedded")
public record EmbeddedDatabaseProperties(Path dataDir, Path baseDir, int port, String database) {

    public EmbeddedDatabaseProperties {
        dataDir = dataDir != null ? dataDir : Path.of("data", "mariadb");
        baseDir = baseDir != null ? baseDir : Path.of("data", "mariadb-server");
        database = database != null && !database.isBlank() ? database : "dvc_kiosk";
    }
}
