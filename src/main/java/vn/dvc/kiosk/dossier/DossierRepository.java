package vn.dvc.kiosk.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DossierRepository extends JpaRepository<Dossier, Long> {

    Optional<Dossier> findByCode(String code);

    Optional<Dossier> findByTrackingToken(String trackingToken);

    Optional<Dossier> findBySubmissionKey(String submissionKey);

    /**
     * A page of a unit's queue, sorted by appointment date: one query (a projection; the {@code Pageable}'s sort is
     * ignored), served by the index (receiving_unit_code, status, appointment_date).
     *
     * @param dueFrom null for no lower bound
     * @param dueBy   null for no upper bound
     */
    @Query("""
            select new vn.dvc.kiosk.dossier.DossierQueueItem(d.code, d.procedureCode, d.procedureName,
                   d.applicantFullName, d.status, d.feeStatus, d.receivedAt, d.appointmentDate, d.pausedSince,
                   d.finishedOn)
              from Dossier d
             where d.receivingUnitCode = :unit and d.status in :statuses
               and (:procedureCode is null or d.procedureCode = :procedureCode)
               and (cast(:dueFrom as LocalDate) is null or d.appointmentDate >= :dueFrom)
               and (cast(:dueBy as LocalDate) is null or d.appointmentDate <= :dueBy)
             order by d.appointmentDate, d.id""")
    Slice<DossierQueueItem> findQueue(String unit, Collection<DossierStatus> statuses, String procedureCode,
            LocalDate dueFrom, LocalDate dueBy, Pageable pageable);

    /** The dossiers this advisor helped file, newest first; served by the index (assisted_by_username, received_at). */
    @Query("""
            select new vn.dvc.kiosk.dossier.AssistedDossierRow(d.code, d.procedureName, d.applicantFullName,
                   d.receivedAt, d.status)
              from Dossier d
             where d.assistedByUsername = :username
             order by d.receivedAt desc, d.id desc""")
    Slice<AssistedDossierRow> findAssistedBy(String username, Pageable pageable);

    Optional<Dossier> findByCodeAndAssistedByUsername(String code, String assistedByUsername);

    /** Dossiers filed with each of these volunteers' help in [from, to): one GROUP BY over the assisted index. */
    @Query("""
            select new vn.dvc.kiosk.dossier.AssistedFilings(d.assistedByUsername, count(d))
              from Dossier d
             where d.assistedByUsername in :usernames and d.receivedAt >= :from and d.receivedAt < :to
             group by d.assistedByUsername order by d.assistedByUsername""")
    List<AssistedFilings> countAssistedFilings(Collection<String> usernames, Instant from, Instant to);

    /** The same for every volunteer (a leader's view of all groups). */
    @Query("""
            select new vn.dvc.kiosk.dossier.AssistedFilings(d.assistedByUsername, count(d))
              from Dossier d
             where d.assistedByUsername is not null and d.receivedAt >= :from and d.receivedAt < :to
             group by d.assistedByUsername order by d.assistedByUsername""")
    List<AssistedFilings> countAllAssistedFilings(Instant from, Instant to);

    /** Those of these codes whose dossier has this fee status. */
    @Query("select d.code from Dossier d where d.code in :codes and d.feeStatus = :feeStatus")
    List<String> findCodesByFeeStatus(Collection<String> codes, FeeStatus feeStatus);

    /** The procedures a unit has dossiers of (distinct; one row per code even if its name changed since). */
    @Query("""
            select new vn.dvc.kiosk.dossier.ProcedureInQueue(d.procedureCode, max(d.procedureName))
              from Dossier d where d.receivingUnitCode = :unit
             group by d.procedureCode order by max(d.procedureName)""")
    List<ProcedureInQueue> findProceduresOfUnit(String unit);

    /** Per unit, how many dossiers in these statuses have an appointment before {@code today} (index ix_dossier_status_due). */
    @Query("""
            select new vn.dvc.kiosk.dossier.OverdueCount(d.receivingUnitCode, count(d))
              from Dossier d where d.status in :statuses and d.appointmentDate < :today
             group by d.receivingUnitCode""")
    List<OverdueCount> countOverdueByUnit(Collection<DossierStatus> statuses, LocalDate today);
}
