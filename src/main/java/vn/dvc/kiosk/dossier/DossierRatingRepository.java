package vn.dvc.kiosk.dossier;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DossierRatingRepository extends JpaRepository<DossierRating, Long> {

    boolean existsByDossierId(Long dossierId);

    Optional<DossierRating> findByDossierId(Long dossierId);
}
