package vn.dvc.kiosk.dashboard;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.kiosk.units.AdministrativeUnits;

/** Where each receiving unit sits (table dashboard_unit_place), so measures roll up province → commune → unit. */
@Service
public class UnitPlaces {

    private final JdbcTemplate jdbc;
    private final AdministrativeUnits units;

    UnitPlaces(JdbcTemplate jdbc, AdministrativeUnits units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    @Transactional(readOnly = true)
    public Optional<UnitPlace> of(String receivingUnitCode) {
        return jdbc.query("""
                select receiving_unit_code, province_code, commune_code from dashboard_unit_place
                 where receiving_unit_code = ?""", (rs, i) -> new UnitPlace(rs.getString(1), rs.getString(2),
                rs.getString(3)), receivingUnitCode).stream().findFirst();
    }

    /** Every placed unit by its code: one read of a table of a few thousand rows, for roll-ups of many units. */
    @Transactional(readOnly = true)
    public Map<String, UnitPlace> all() {
        Map<String, UnitPlace> all = new HashMap<>();
        jdbc.query("select receiving_unit_code, province_code, commune_code from dashboard_unit_place",
                (RowCallbackHandler) rs -> all.put(rs.getString(1),
                        new UnitPlace(rs.getString(1), rs.getString(2), rs.getString(3))));
        return all;
    }

    /**
     * Places a unit in a commune (its province taken from the commune). Counters already kept keep the place the
     * unit had when they were counted: place a unit before its first dossier.
     *
     * @throws IllegalArgumentException for a commune code that is not one of today's communes
     */
    @Transactional
    public UnitPlace place(String receivingUnitCode, String communeCode) {
        var commune = units.commune(communeCode)
                .orElseThrow(() -> new IllegalArgumentException("No commune has code " + communeCode));
        jdbc.update("""
                insert into dashboard_unit_place (receiving_unit_code, province_code, commune_code) values (?, ?, ?)
                on duplicate key update province_code = ?, commune_code = ?""", receivingUnitCode,
                commune.getProvinceCode(), commune.getCode(), commune.getProvinceCode(), commune.getCode());
        return new UnitPlace(receivingUnitCode, commune.getProvinceCode(), commune.getCode());
    }
}
