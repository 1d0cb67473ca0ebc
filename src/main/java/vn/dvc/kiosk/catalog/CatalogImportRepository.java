package vn.dvc.kiosk.catalog;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CatalogImportRepository extends JpaRepository<CatalogImport, Long> {

    boolean existsByContentSha256(String contentSha256);

    @Query("select max(i.id) from CatalogImport i")
    Optional<Long> latestId();
}
