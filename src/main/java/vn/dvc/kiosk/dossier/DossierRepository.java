package vn.dvc.kiosk.dossier;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DossierRepository extends JpaRepository<Dossier, Long> {

    Optional<Dossier> findByCode(String code);

    Optional<Dossier> findByTrackingToken(String trackingToken);

    /** Those of these codes whose dossier has this fee status. */
    @Query("select d.code from Dossier d where d.code in :codes and d.feeStatus = :feeStatus")
    List<String> findCodesByFeeStatus(Collection<String> codes, FeeStatus feeStatus);
}
