package vn.dvc.kiosk.units;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProvinceRepository extends JpaRepository<Province, String> {
}
