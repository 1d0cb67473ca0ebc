package vn.dvc.kiosk.payment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PaymentRepository extends JpaRepository<Payment, Long> {

    Optional<Payment> findByOrderRef(String orderRef);

    /** The order, row-locked until the transaction ends: notifications about it are applied one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Payment p where p.orderRef = :orderRef")
    Optional<Payment> lockByOrderRef(String orderRef);

    /** A dossier's orders in these states, row-locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Payment p where p.dossierCode = :dossierCode and p.status in :statuses order by p.id")
    List<Payment> lockByDossier(String dossierCode, Collection<PaymentStatus> statuses);

    List<Payment> findByDossierCodeOrderByCreatedAtDescIdDesc(String dossierCode);

    boolean existsByMethodAndProviderTransactionNo(PaymentMethod method, String providerTransactionNo);

    @Query("select p.orderRef from Payment p where p.status = :status and p.expiresAt <= :now order by p.expiresAt")
    List<String> findOrderRefsByStatusExpiringBefore(PaymentStatus status, Instant now, Limit limit);

    /** All of a dossier's orders by one method, row-locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Payment p where p.dossierCode = :dossierCode and p.method = :method order by p.id")
    List<Payment> lockByDossierAndMethod(String dossierCode, PaymentMethod method);

    List<Payment> findByStatusOrderByCreatedAtDesc(PaymentStatus status, Limit limit);

    @Query("""
            select p.orderRef from Payment p
             where p.status = :status and p.method in :methods and p.createdAt <= :createdBefore
             order by p.createdAt""")
    List<String> findOrderRefsByStatusCreatedBefore(PaymentStatus status, Collection<PaymentMethod> methods,
            Instant createdBefore, Limit limit);

    /**
     * VietQR orders since then whose transfer key the (already reduced) content of a transfer contains: rows of
     * dossier code and key. The key and the content are ASCII upper-case letters and digits.
     */
    @Query(value = """
            select dossier_code, transfer_key from payment
             where method = 'VIETQR' and created_at >= :since and transfer_key is not null
               and instr(:content, transfer_key) > 0""", nativeQuery = true)
    List<Object[]> findTransferMatches(String content, Instant since);

    List<Payment> findByNeedsReviewTrueAndCreatedAtAfterOrderByCreatedAtDesc(Instant since);

    List<Payment> findByStatusAndPaidAtBetween(PaymentStatus status, Instant from, Instant to);
}
