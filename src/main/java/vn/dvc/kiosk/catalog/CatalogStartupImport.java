package vn.dvc.kiosk.catalog;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** Brings the catalog up to the version shipped with the app, then loads it for the screens. */
@Component
class CatalogStartupImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogStartupImport.class);

    private final CatalogProperties properties;
    private final CatalogImporter importer;
    private final Catalog catalog;

    CatalogStartupImport(CatalogProperties properties, CatalogImporter importer, Catalog catalog) {
        this.properties = properties;
        this.importer = importer;
        this.catalog = catalog;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (properties.importOnStartup() && properties.seed() != null) {
            byte[] content;
            try (InputStream in = properties.seed().getInputStream()) {
                content = in.readAllBytes();
            }
            try {
                CatalogImporter.Result result = importer.importCatalog(content);
                if (result.alreadyImported()) {
                    log.info("Catalog {} is already imported", properties.seed().getFilename());
                }
            } catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
                log.info("Catalog was imported by another app node at the same time; using theirs");
            }
        }
        catalog.refresh();
    }
}
