package vn.dvc.kiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/** The versioned, idempotent catalog import, against a real MariaDB. */
@KioskIntegrationTest
class CatalogImportIT {

    @Autowired
    CatalogImporter importer;

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void restoreTheShippedCatalog() throws IOException {
        importer.importCatalog(seed());
        catalog.refresh();
    }

    @Test
    void theShippedCatalogIsImportedAtStartUp() {
        assertThat(count("select count(*) from procedure_def where active")).isEqualTo(36);
        assertThat(count("""
                select count(*) from procedure_document d join procedure_def p on p.id = d.procedure_id
                 where p.active""")).isEqualTo(126);
        assertThat(count("""
                select count(*) from procedure_form_field f join procedure_def p on p.id = f.procedure_id
                 where p.active""")).isEqualTo(416);
        assertThat(catalog.procedure("1.001193")).get().extracting(Procedure::getNameVi).isEqualTo("Đăng ký khai sinh");
    }

    @Test
    void importingTheSameCatalogTwiceChangesNothing() throws IOException {
        String before = fingerprint();
        int importsBefore = count("select count(*) from catalog_import");

        CatalogImporter.Result again = importer.importCatalog(seed());

        assertThat(again.alreadyImported()).isTrue();
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(count("select count(*) from catalog_import")).isEqualTo(importsBefore);
    }

    @Test
    void aNewCatalogVersionUpdatesChangedProceduresAndRetiresRemovedOnes() throws IOException {
        String original = new String(seed(), StandardCharsets.UTF_8);
        String renamed = original.replace("\"nameVi\": \"Đăng ký khai sinh\"", "\"nameVi\": \"Đăng ký khai sinh (mới)\"");
        String withoutDeathRegistration = renamed.replace("\"code\": \"1.000656\"", "\"code\": \"9.999999\"");

        CatalogImporter.Result result = importer.importCatalog(withoutDeathRegistration.getBytes(StandardCharsets.UTF_8));

        assertThat(result.alreadyImported()).isFalse();
        assertThat(result.added()).isEqualTo(1);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.retired()).isEqualTo(1);
        assertThat(result.unchanged()).isEqualTo(34);
        assertThat(jdbc.queryForObject("select name_vi from procedure_def where code = '1.001193'", String.class))
                .isEqualTo("Đăng ký khai sinh (mới)");
        assertThat(jdbc.queryForObject("select active from procedure_def where code = '1.000656'", Boolean.class))
                .isFalse();
    }

    @Test
    void aMalformedCatalogChangesNothing() throws IOException {
        String before = fingerprint();
        String broken = new String(seed(), StandardCharsets.UTF_8)
                .replace("\"lifeEvent\": \"DEATH\"", "\"lifeEvent\": \"NO_SUCH_EVENT\"");

        assertThatThrownBy(() -> importer.importCatalog(broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.000656");

        assertThat(fingerprint()).isEqualTo(before);
    }

    private String fingerprint() {
        return jdbc.queryForObject("""
                select concat(count(*), ':', coalesce(sum(version), 0), ':', coalesce(max(updated_at), ''),
                              ':', sum(active)) from procedure_def""", String.class);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    private static byte[] seed() throws IOException {
        return new ClassPathResource("data/procedures/catalog-seed.json").getContentAsByteArray();
    }
}
