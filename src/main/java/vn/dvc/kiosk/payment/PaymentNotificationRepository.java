package vn.dvc.kiosk.payment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentNotificationRepository extends JpaRepository<PaymentNotification, Long> {

    boolean existsByMethodAndProviderTransactionNoAndOutcomeIn(PaymentMethod method, String providerTransactionNo,
            Collection<NotificationOutcome> outcomes);

    List<PaymentNotification> findByOutcomeInAndReceivedAtAfterOrderByReceivedAtDesc(
            Collection<NotificationOutcome> outcomes, Instant since);

    List<PaymentNotification> findBySourceAndOutcomeInAndReceivedAtAfterOrderByReceivedAtDesc(
            NotificationSource source, Collection<NotificationOutcome> outcomes, Instant since);
}
