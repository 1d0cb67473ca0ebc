package vn.dvc.kiosk.dossier;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DossierResultFileRepository extends JpaRepository<DossierResultFile, Long> {

    @Query("select f from DossierResultFile f where f.dossier.code = :code")
    Optional<DossierResultFile> findByDossierCode(String code);
}
