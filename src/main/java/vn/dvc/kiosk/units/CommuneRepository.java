package vn.dvc.kiosk.units;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommuneRepository extends JpaRepository<Commune, String> {

    List<Commune> findByProvinceCodeOrderByName(String provinceCode);
}
