package vn.dvc.kiosk.units;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A commune, ward or special zone: the lower of the two tiers since 1 July 2025 (3,321 of them).
 * Stored in the dataset's {@code wards} table.
 */
@Entity
@Table(name = "wards")
public class Commune {

    @Id
    private String code;
    private String name;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "full_name")
    private String fullName;
    @Column(name = "full_name_en")
    private String fullNameEn;
    @Column(name = "code_name")
    private String codeName;
    @Column(name = "province_code")
    private String provinceCode;
    @Column(name = "administrative_unit_id")
    private Integer administrativeUnitId;

    protected Commune() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getFullName() {
        return fullName;
    }

    public String getFullNameEn() {
        return fullNameEn;
    }

    public String getCodeName() {
        return codeName;
    }

    public String getProvinceCode() {
        return provinceCode;
    }
}
