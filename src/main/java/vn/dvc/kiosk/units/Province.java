package vn.dvc.kiosk.units;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A province or centrally-run city (34 since 1 July 2025). Reference data: read-only in the app. */
@Entity
@Table(name = "provinces")
public class Province {

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

    protected Province() {
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
}
