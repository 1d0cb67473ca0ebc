package vn.dvc.kiosk.units;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A province or centrally-run city (34 since 1 July 2025). Reference data: read-only in the app. */
@Entity
@Table(name = "provinces")
public class Province extends AdministrativeUnit {

    protected Province() {
    }
}
