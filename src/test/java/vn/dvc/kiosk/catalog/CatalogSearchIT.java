package vn.dvc.kiosk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/** What residents type at a kiosk, against the real catalog loaded from MariaDB. */
@KioskIntegrationTest
class CatalogSearchIT {

    @Autowired
    Catalog catalog;

    @ParameterizedTest(name = "\"{0}\" finds {1} first")
    @CsvSource({
            "dang ky khai sinh, 1.001193",
            "Đăng ký khai sinh, 1.001193",
            "khai sinh, 1.001193",
            "dang ki khai sinh, 1.001193",
            "khai sinh dang ky, 1.001193",
            "dang ky khia sinh, 1.001193",
            "ket hon, 1.000894",
            "dang ky tam tru, 1.004194",
            "tam vang, 1.003677",
            "birth registration, 1.001193",
            "1.004222, 1.004222",
            "ly lich tu phap, 3.000333",
            "cap doi the can cuoc, 1.014063"
    })
    void bestMatchComesFirst(String query, String expectedCode) {
        List<Catalog.Match> matches = catalog.search(query, 10);
        assertThat(matches).isNotEmpty();
        assertThat(matches.getFirst().procedure().getCode()).isEqualTo(expectedCode);
    }

    @ParameterizedTest
    @CsvSource({"xyzxyz", "'   '"})
    void nonsenseFindsNothing(String query) {
        assertThat(catalog.search(query, 10)).isEmpty();
    }
}
