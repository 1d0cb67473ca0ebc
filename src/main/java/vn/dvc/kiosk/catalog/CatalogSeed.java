package vn.dvc.kiosk.catalog;

import java.util.List;

/**
 * A catalog file, read: its identity (content hash, schema version, date) and its procedures.
 */
record CatalogSeed(String contentSha256, int schemaVersion, String generatedAt, List<ProcedureDefinition> procedures) {

    /** Short version label stored on each procedure: date and the start of the hash. */
    String versionLabel() {
        return generatedAt + "#" + contentSha256.substring(0, 12);
    }
}
