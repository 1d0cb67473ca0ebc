package vn.dvc.kiosk.catalog;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The record that a catalog file's content was imported, and what it changed. */
@Entity
@Table(name = "catalog_import")
class CatalogImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "content_sha256")
    private String contentSha256;
    @Column(name = "schema_version")
    private int schemaVersion;
    @Column(name = "generated_at")
    private String generatedAt;
    @Column(name = "imported_at")
    private Instant importedAt;
    @Column(name = "procedures_added")
    private int added;
    @Column(name = "procedures_updated")
    private int updated;
    @Column(name = "procedures_retired")
    private int retired;

    protected CatalogImport() {
    }

    CatalogImport(CatalogSeed seed, Instant importedAt, int added, int updated, int retired) {
        this.contentSha256 = seed.contentSha256();
        this.schemaVersion = seed.schemaVersion();
        this.generatedAt = seed.generatedAt();
        this.importedAt = importedAt;
        this.added = added;
        this.updated = updated;
        this.retired = retired;
    }

    Long getId() {
        return id;
    }

    String getContentSha256() {
        return contentSha256;
    }
}
