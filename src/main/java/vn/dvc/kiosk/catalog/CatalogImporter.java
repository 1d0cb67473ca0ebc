package vn.dvc.kiosk.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a catalog file. Versioned by content: the same file twice changes nothing; a new version adds, updates
 * and retires procedures by code in one transaction, and never touches dossiers. Two app nodes importing at once:
 * the unique procedure code and the row version make one of them fail and roll back whole.
 */
@Service
public class CatalogImporter {

    private static final Logger log = LoggerFactory.getLogger(CatalogImporter.class);

    /** What one import did. {@code alreadyImported}: the content is the latest imported one; nothing was written. */
    public record Result(boolean alreadyImported, int added, int updated, int retired, int unchanged) {
    }

    private final ProcedureRepository procedures;
    private final CatalogImportRepository imports;
    private final Clock clock;

    CatalogImporter(ProcedureRepository procedures, CatalogImportRepository imports, Clock clock) {
        this.procedures = procedures;
        this.imports = imports;
        this.clock = clock;
    }

    @Transactional
    public Result importCatalog(byte[] content) {
        CatalogSeed seed = CatalogSeedReader.read(content);
        boolean sameAsLatest = imports.findTopByOrderByIdDesc()
                .map(latest -> latest.getContentSha256().equals(seed.contentSha256())).orElse(false);
        if (sameAsLatest) {
            return new Result(true, 0, 0, 0, seed.procedures().size());
        }
        Instant now = clock.instant();
        Map<String, Procedure> existing = procedures.findAll().stream()
                .collect(Collectors.toMap(Procedure::getCode, Function.identity()));
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        Set<String> seen = new HashSet<>();
        for (ProcedureDefinition definition : seed.procedures()) {
            if (!seen.add(definition.code())) {
                throw new IllegalArgumentException("Catalog lists procedure " + definition.code() + " twice");
            }
            Procedure procedure = existing.get(definition.code());
            if (procedure == null) {
                procedure = new Procedure(definition.code());
                procedure.define(definition, seed.versionLabel(), now);
                procedures.save(procedure);
                added++;
            } else if (!definition.contentSha256().equals(procedure.getContentSha256()) || !procedure.isActive()) {
                procedure.define(definition, seed.versionLabel(), now);
                updated++;
            } else {
                unchanged++;
            }
        }
        int retired = 0;
        for (Procedure procedure : existing.values()) {
            if (procedure.isActive() && !seen.contains(procedure.getCode())) {
                procedure.retire(seed.versionLabel(), now);
                retired++;
            }
        }
        imports.save(new CatalogImport(seed, now, added, updated, retired));
        log.info("Catalog {} imported: {} added, {} updated, {} retired, {} unchanged", seed.versionLabel(), added,
                updated, retired, unchanged);
        return new Result(false, added, updated, retired, unchanged);
    }
}
