package vn.dvc.kiosk.units;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/** The two-tier units after the 1 July 2025 reform, loaded by the migrations. */
@KioskIntegrationTest
class AdministrativeUnitsIT {

    @Autowired
    AdministrativeUnits units;

    @Test
    void holds34ProvincesAnd3321Communes() {
        assertThat(units.provinceCount()).isEqualTo(34);
        assertThat(units.communeCount()).isEqualTo(3321);
    }

    @Test
    void communesBelongToTheirProvinceWithVietnameseNames() {
        Province hanoi = units.province("01").orElseThrow();
        assertThat(hanoi.getName()).isEqualTo("Hà Nội");
        assertThat(units.communesOf("01")).isNotEmpty()
                .allSatisfy(commune -> assertThat(commune.getProvinceCode()).isEqualTo("01"))
                .extracting(Commune::getFullName).contains("Phường Ba Đình");
    }
}
