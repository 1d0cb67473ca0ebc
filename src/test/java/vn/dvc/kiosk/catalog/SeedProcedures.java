package vn.dvc.kiosk.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The real seed catalog ({@code data/procedures/catalog-seed.json}) as {@link Procedure} objects, read the way the
 * importer reads it but without a database: for plain tests of other modules that need real procedures.
 */
public final class SeedProcedures {

    private SeedProcedures() {
    }

    /** Every procedure of the seed, by code, in the file's order. */
    public static Map<String, Procedure> all() {
        byte[] bytes;
        try (InputStream in = SeedProcedures.class.getResourceAsStream("/data/procedures/catalog-seed.json")) {
            if (in == null) {
                throw new IllegalStateException("catalog-seed.json is not on the classpath");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CatalogSeed seed = CatalogSeedReader.read(bytes);
        Map<String, Procedure> procedures = new LinkedHashMap<>();
        for (ProcedureDefinition definition : seed.procedures()) {
            Procedure procedure = new Procedure(definition.code());
            procedure.define(definition, seed.versionLabel(), Instant.EPOCH);
            procedures.put(definition.code(), procedure);
        }
        return procedures;
    }
}
