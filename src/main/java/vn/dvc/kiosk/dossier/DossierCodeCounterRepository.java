package vn.dvc.kiosk.dossier;

import java.time.LocalDate;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface DossierCodeCounterRepository extends Repository<DossierCodeCounter, DossierCodeCounter.Key> {

    /** Takes the row lock that serialises this unit's submitters of the day until their transaction ends. */
    @Modifying
    @Query(value = """
            INSERT INTO dossier_code_counter (receiving_unit_code, day, last_value) VALUES (:unit, :day, 1)
            ON DUPLICATE KEY UPDATE last_value = last_value + 1""", nativeQuery = true)
    void increment(@Param("unit") String receivingUnitCode, @Param("day") LocalDate day);

    /** Sees this transaction's own increment, which no other transaction can change before it ends. */
    @Query(value = "SELECT last_value FROM dossier_code_counter WHERE receiving_unit_code = :unit AND day = :day",
            nativeQuery = true)
    int lastValue(@Param("unit") String receivingUnitCode, @Param("day") LocalDate day);
}
