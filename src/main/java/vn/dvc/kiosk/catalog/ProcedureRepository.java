package vn.dvc.kiosk.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProcedureRepository extends JpaRepository<Procedure, Long> {

    Optional<Procedure> findByCode(String code);

    @Query("select p from Procedure p where p.active = true order by p.lifeEvent, p.code")
    List<Procedure> findAllActive();

    long countByActiveTrue();
}
