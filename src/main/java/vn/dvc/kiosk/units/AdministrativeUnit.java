package vn.dvc.kiosk.units;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** What provinces and communes share in the dataset: a code and names in Vietnamese, English and ASCII. */
@MappedSuperclass
public abstract class AdministrativeUnit {

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
    @Column(name = "administrative_unit_id")
    private Integer administrativeUnitId;

    protected AdministrativeUnit() {
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

    /** With its kind, as people write it: "Phường Ba Đình", "Tỉnh Cao Bằng". */
    public String getFullName() {
        return fullName;
    }

    public String getFullNameEn() {
        return fullNameEn;
    }

    /** ASCII name with underscores, e.g. "ba_dinh". */
    public String getCodeName() {
        return codeName;
    }
}
