package vn.dvc.kiosk.units;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A commune, ward or special zone: the lower of the two tiers since 1 July 2025 (3,321 of them).
 * Stored in the dataset's {@code wards} table. Reference data: read-only in the app.
 */
@Entity
@Table(name = "wards")
public class Commune extends AdministrativeUnit {

    @Column(name = "province_code")
    private String provinceCode;

    protected Commune() {
    }

    public String getProvinceCode() {
        return provinceCode;
    }
}
