package vn.dvc.kiosk.catalog;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CatalogImportRepository extends JpaRepository<CatalogImport, Long> {

    @Query("select max(i.id) from CatalogImport i")
    Optional<Long> latestId();

    Optional<CatalogImport> findTopByOrderByIdDesc();
}
