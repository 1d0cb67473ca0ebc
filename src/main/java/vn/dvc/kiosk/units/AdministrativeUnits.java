package vn.dvc.kiosk.units;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The two-tier administrative units (provinces, communes/wards/special zones): the module's public API. */
@Service
@Transactional(readOnly = true)
public class AdministrativeUnits {

    private final ProvinceRepository provinces;
    private final CommuneRepository communes;

    AdministrativeUnits(ProvinceRepository provinces, CommuneRepository communes) {
        this.provinces = provinces;
        this.communes = communes;
    }

    public long provinceCount() {
        return provinces.count();
    }

    public long communeCount() {
        return communes.count();
    }

    public List<Province> provinces() {
        return provinces.findAll(Sort.by("name"));
    }

    public Optional<Province> province(String code) {
        return provinces.findById(code);
    }

    public Optional<Commune> commune(String code) {
        return communes.findById(code);
    }

    public List<Commune> communesOf(String provinceCode) {
        return communes.findByProvinceCodeOrderByName(provinceCode);
    }
}
