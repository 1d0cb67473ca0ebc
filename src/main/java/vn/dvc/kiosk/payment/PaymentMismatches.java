package vn.dvc.kiosk.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reconciliation report for officers: payments that need a person (flagged orders, paid orders the dossier
 * does not show as paid, late money, notices nothing matched, and what only reconciliation found). Read only.
 */
@Service
public class PaymentMismatches {

    /** A paid order's event reaches the dossier within seconds; only older ones are reported as not shown. */
    static final Duration DOSSIER_GRACE = Duration.ofMinutes(5);
    private static final Set<NotificationOutcome> NOTICE_OUTCOMES = EnumSet.of(NotificationOutcome.PAID_LATE,
            NotificationOutcome.UNKNOWN_ORDER);
    private static final Set<NotificationOutcome> QUERY_OUTCOMES = EnumSet.of(NotificationOutcome.CONFIRMED,
            NotificationOutcome.FAILED);

    private final PaymentRepository payments;
    private final PaymentNotificationRepository notifications;
    private final ObjectProvider<DossierFeeCheck> dossierFees;
    private final Clock clock;

    PaymentMismatches(PaymentRepository payments, PaymentNotificationRepository notifications,
            ObjectProvider<DossierFeeCheck> dossierFees, Clock clock) {
        this.payments = payments;
        this.notifications = notifications;
        this.dossierFees = dossierFees;
        this.clock = clock;
    }

    /** What happened in the last {@code days} days (1–366), newest first. */
    @Transactional(readOnly = true)
    public List<PaymentMismatch> list(int days) {
        Instant now = clock.instant();
        Instant since = now.minus(Duration.ofDays(Math.clamp(days, 1, 366)));
        List<PaymentMismatch> found = new ArrayList<>();
        for (Payment flagged : payments.findByNeedsReviewTrueAndCreatedAtAfterOrderByCreatedAtDesc(since)) {
            found.add(mismatch(PaymentMismatch.Kind.NEEDS_REVIEW, flagged, null, flagged.providerTransactionNo(),
                    flagged.reviewReason(), flagged.order().createdAt()));
        }
        List<PaymentNotification> notices = new ArrayList<>(notifications
                .findByOutcomeInAndReceivedAtAfterOrderByReceivedAtDesc(NOTICE_OUTCOMES, since));
        notices.addAll(notifications.findBySourceAndOutcomeInAndReceivedAtAfterOrderByReceivedAtDesc(
                NotificationSource.QUERY, QUERY_OUTCOMES, since));
        Map<String, Payment> orders = notices.stream().map(PaymentNotification::orderRef)
                .filter(ref -> ref != null).distinct().map(payments::findByOrderRef)
                .flatMap(java.util.Optional::stream).collect(Collectors.toMap(Payment::orderRef, Function.identity()));
        for (PaymentNotification notice : notices) {
            PaymentMismatch.Kind kind = kind(notice);
            if (kind == null) {
                continue;
            }
            Payment order = notice.orderRef() == null ? null : orders.get(notice.orderRef());
            found.add(order == null
                    ? new PaymentMismatch(kind, null, null, notice.method(), null, null, notice.amountVnd(),
                            notice.providerTransactionNo(), notice.outcome().name() + " (" + notice.source() + ")",
                            notice.receivedAt())
                    : mismatch(kind, order, notice, notice.providerTransactionNo(),
                            notice.outcome().name() + " (" + notice.source() + ")", notice.receivedAt()));
        }
        DossierFeeCheck check = dossierFees.getIfAvailable();
        if (check != null) {
            List<Payment> paid = payments.findByStatusAndPaidAtBetween(PaymentStatus.PAID, since,
                    now.minus(DOSSIER_GRACE));
            Set<String> notShown = paid.isEmpty() ? Set.of()
                    : check.notShownAsPaid(paid.stream().map(Payment::dossierCode).distinct().toList());
            paid.stream().filter(p -> notShown.contains(p.dossierCode()))
                    .forEach(p -> found.add(mismatch(PaymentMismatch.Kind.DOSSIER_NOT_PAID, p, null,
                            p.providerTransactionNo(), "the dossier does not show its fee as paid", p.paidAt())));
        }
        found.sort(Comparator.comparing(PaymentMismatch::at).reversed());
        return found;
    }

    private static PaymentMismatch.Kind kind(PaymentNotification notice) {
        return switch (notice.outcome()) {
            case PAID_LATE -> notice.source() == NotificationSource.QUERY ? PaymentMismatch.Kind.FOUND_BY_QUERY
                    : PaymentMismatch.Kind.LATE_MONEY;
            case UNKNOWN_ORDER -> PaymentMismatch.Kind.UNMATCHED;
            case CONFIRMED, FAILED -> notice.source() == NotificationSource.QUERY
                    ? PaymentMismatch.Kind.FOUND_BY_QUERY : null;
            default -> null;
        };
    }

    private static PaymentMismatch mismatch(PaymentMismatch.Kind kind, Payment order, PaymentNotification notice,
            String transactionNo, String detail, Instant at) {
        return new PaymentMismatch(kind, order.orderRef(), order.dossierCode(), order.method(), order.status(),
                order.amountVnd(), notice == null ? null : notice.amountVnd(), transactionNo, detail, at);
    }
}
