package vn.dvc.kiosk.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to payment orders, each in one transaction together with its notification row and its events: a
 * failure anywhere leaves nothing half-written, and the gateway's retry starts from where it was.
 *
 * <p>Concurrent changes to one order queue on its row lock; two nodes of a Galera cluster changing it at once
 * conflict at commit instead, and the loser is retried by the caller. The unique keys (one provider transaction per
 * order, one open-or-paid order per dossier) catch what slips through.
 */
@Component
class PaymentLedger {

    private static final Logger log = LoggerFactory.getLogger(PaymentLedger.class);

    /** At most one order per dossier is in these states (see uk_payment_active_dossier). */
    private static final Set<PaymentStatus> ACTIVE = EnumSet.of(PaymentStatus.PENDING, PaymentStatus.PAID);
    /** A credit notified again with one of these outcomes recorded changes nothing (answered 02). */
    private static final Set<NotificationOutcome> TRANSFER_SETTLED = EnumSet.of(NotificationOutcome.CONFIRMED,
            NotificationOutcome.PAID_LATE, NotificationOutcome.PAID_TWICE, NotificationOutcome.AMOUNT_MISMATCH);
    /** A pending order with less time left than this is not handed out again: a new one is opened. */
    static final Duration MINIMUM_TIME_LEFT = Duration.ofMinutes(1);

    private final PaymentRepository payments;
    private final PaymentNotificationRepository notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentLedger(PaymentRepository payments, PaymentNotificationRepository notifications,
            ApplicationEventPublisher events, Clock clock) {
        this.payments = payments;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /** The dossier's paid order, else its pending one if still good for this, else a new one. */
    @Transactional
    public PaymentOrder open(String dossierCode, long amountVnd, PaymentMethod method, Duration validFor) {
        Instant now = now();
        List<Payment> active = payments.lockByDossier(dossierCode, ACTIVE);
        Optional<Payment> paid = active.stream().filter(p -> p.status() == PaymentStatus.PAID).findFirst();
        if (paid.isPresent()) {
            return paid.get().order();
        }
        for (Payment pending : active) {
            if (pending.canBeReusedFor(method, amountVnd, now.plus(MINIMUM_TIME_LEFT))) {
                return pending.order();
            }
            expire(pending, now);
        }
        // the replaced order must be closed in the database before the new one is inserted (unique key)
        payments.flush();
        Payment created = payments.saveAndFlush(Payment.open(OrderRefs.next(), dossierCode, amountVnd, method, now,
                now.plus(validFor)));
        log.info("Payment order {} opened: {} VND by {}", created.orderRef(), amountVnd, method);
        return created.order();
    }

    /** @return false when the fee is already paid (nothing changes) */
    @Transactional
    public boolean payAtCounter(String dossierCode) {
        Instant now = now();
        List<Payment> active = payments.lockByDossier(dossierCode, ACTIVE);
        if (active.stream().anyMatch(p -> p.status() == PaymentStatus.PAID)) {
            return false;
        }
        String closed = null;
        for (Payment pending : active) {
            pending.atCounter(now);
            closed = pending.orderRef();
        }
        payments.flush();
        events.publishEvent(new PaymentAtCounterChosen(dossierCode, closed, now));
        log.info("Fee of a dossier to be paid at the counter; order {} closed", closed);
        return true;
    }

    @Transactional(readOnly = true)
    public Optional<PaymentOrder> find(String orderRef) {
        return payments.findByOrderRef(orderRef).map(Payment::order);
    }

    /** The dossier's paid order if there is one, else its newest. */
    @Transactional(readOnly = true)
    public Optional<PaymentOrder> latestFor(String dossierCode) {
        List<Payment> all = payments.findByDossierCodeOrderByCreatedAtDescIdDesc(dossierCode);
        return all.stream().filter(p -> p.status() == PaymentStatus.PAID).findFirst()
                .or(() -> all.stream().findFirst()).map(Payment::order);
    }

    @Transactional(readOnly = true)
    public List<String> staleOrderRefs(int limit) {
        return payments.findOrderRefsByStatusExpiringBefore(PaymentStatus.PENDING, now(), Limit.of(limit));
    }

    /** @return whether the order was pending past its expiry and is now expired */
    @Transactional
    public boolean expireIfStale(String orderRef) {
        Instant now = now();
        Optional<Payment> payment = payments.lockByOrderRef(orderRef);
        if (payment.isEmpty() || !payment.get().isStale(now)) {
            return false;
        }
        expire(payment.get(), now);
        payments.flush();
        return true;
    }

    /**
     * Applies a gateway's notification and records it, in one transaction: signature, order, amount, state, in that
     * order. Only a valid signature, a known order, the exact amount and a successful transaction make it paid.
     */
    @Transactional
    public NotificationOutcome apply(GatewayNotification notification) {
        Instant now = now();
        if (!notification.signatureValid()) {
            return record(notification, null, NotificationOutcome.BAD_SIGNATURE, now);
        }
        Optional<Payment> found = notification.orderRef() == null ? Optional.empty()
                : payments.lockByOrderRef(notification.orderRef());
        if (found.isEmpty() || found.get().method() != notification.method()) {
            return record(notification, null, NotificationOutcome.UNKNOWN_ORDER, now);
        }
        Payment payment = found.get();
        if (notification.amountVnd() == null
                || notification.amountVnd().compareTo(BigDecimal.valueOf(payment.amountVnd())) != 0) {
            flag(payment, "AMOUNT_MISMATCH: notified " + (notification.amountVnd() == null ? "no amount"
                    : notification.amountVnd().toPlainString() + " VND") + ", order " + payment.amountVnd() + " VND",
                    now);
            return record(notification, payment, NotificationOutcome.AMOUNT_MISMATCH, now);
        }
        return switch (payment.status()) {
            case PAID, FAILED -> record(notification, payment, NotificationOutcome.ALREADY_FINAL, now);
            case PENDING -> notification.succeeded() ? pay(payment, notification, now, false)
                    : fail(payment, notification, now);
            case EXPIRED, AT_COUNTER -> notification.succeeded() ? pay(payment, notification, now, true)
                    : record(notification, payment, NotificationOutcome.ALREADY_FINAL, now);
        };
    }

    /**
     * Applies a bank's credit notice (a VietQR transfer) to the dossier whose transfer key its content contained, and
     * records it, in one transaction. Rules as for {@link #apply}: signature, order, amount, state; and one credit
     * (the bank's transaction id) counts once however often it is notified.
     *
     * @param dossierCode the dossier {@link #matchTransfer} found for it, null when none (answered 01)
     */
    @Transactional
    public NotificationOutcome applyTransfer(GatewayNotification notification, String dossierCode) {
        Instant now = now();
        if (!notification.signatureValid()) {
            return record(notification, null, NotificationOutcome.BAD_SIGNATURE, now);
        }
        // locked first: a duplicate notice waits here, then sees what this one recorded
        List<Payment> orders = dossierCode == null ? List.of()
                : payments.lockByDossierAndMethod(dossierCode, PaymentMethod.VIETQR);
        if (orders.isEmpty()) {
            return record(notification, null, NotificationOutcome.UNKNOWN_ORDER, now);
        }
        Payment payment = orders.stream().filter(p -> p.status() == PaymentStatus.PENDING).findFirst()
                .or(() -> orders.stream().filter(p -> p.status() == PaymentStatus.PAID).findFirst())
                .orElse(orders.getLast());
        GatewayNotification applied = notification.withOrderRef(payment.orderRef());
        if (notifications.existsByMethodAndProviderTransactionNoAndOutcomeIn(PaymentMethod.VIETQR,
                applied.providerTransactionNo(), TRANSFER_SETTLED)) {
            return record(applied, payment, NotificationOutcome.ALREADY_FINAL, now);
        }
        if (applied.amountVnd() == null
                || applied.amountVnd().compareTo(BigDecimal.valueOf(payment.amountVnd())) != 0) {
            flag(payment, "AMOUNT_MISMATCH: transfer " + applied.providerTransactionNo() + " of "
                    + (applied.amountVnd() == null ? "no amount" : applied.amountVnd().toPlainString() + " VND")
                    + ", order " + payment.amountVnd() + " VND", now);
            return record(applied, payment, NotificationOutcome.AMOUNT_MISMATCH, now);
        }
        return switch (payment.status()) {
            case PENDING -> pay(payment, applied, now, false);
            case EXPIRED, AT_COUNTER -> pay(payment, applied, now, true);
            case PAID -> {
                flag(payment, "PAID_TWICE: transfer " + applied.providerTransactionNo()
                        + " arrived for a dossier this order had paid; refund due", now);
                yield record(applied, payment, NotificationOutcome.PAID_TWICE, now);
            }
            case FAILED -> record(applied, payment, NotificationOutcome.ALREADY_FINAL, now);
        };
    }

    /**
     * The dossier whose VietQR orders of the last days have a transfer key the content contains: the longest key
     * wins (a code that is the start of another's); empty when none, or when two dossiers match equally.
     *
     * @param content a transfer's content reduced to upper-case letters and digits
     */
    @Transactional(readOnly = true)
    public Optional<String> matchTransfer(String content, int days) {
        List<Object[]> matches = payments.findTransferMatches(content, now().minus(Duration.ofDays(days)));
        int longest = matches.stream().mapToInt(row -> ((String) row[1]).length()).max().orElse(0);
        List<String> dossiers = matches.stream().filter(row -> ((String) row[1]).length() == longest)
                .map(row -> (String) row[0]).distinct().toList();
        if (dossiers.size() > 1) {
            log.warn("A bank transfer matches {} dossiers equally; left for an officer", dossiers.size());
        }
        return dossiers.size() == 1 ? Optional.of(dossiers.getFirst()) : Optional.empty();
    }

    /** The newest pending orders. */
    @Transactional(readOnly = true)
    public List<PaymentOrder> pending(int limit) {
        return payments.findByStatusOrderByCreatedAtDesc(PaymentStatus.PENDING, Limit.of(limit)).stream()
                .map(Payment::order).toList();
    }

    /** Pending orders by these methods opened before then, oldest first: what reconciliation asks about. */
    @Transactional(readOnly = true)
    public List<String> pendingOrderRefs(Set<PaymentMethod> methods, Instant createdBefore, int limit) {
        return methods.isEmpty() ? List.of()
                : payments.findOrderRefsByStatusCreatedBefore(PaymentStatus.PENDING, methods, createdBefore,
                        Limit.of(limit));
    }

    /**
     * Flags the order for an officer unless it already carries this reason (a job may see the same thing again).
     *
     * @return whether it was flagged now
     */
    @Transactional
    public boolean flagOnce(String orderRef, String reason) {
        Optional<Payment> payment = payments.lockByOrderRef(orderRef);
        if (payment.isEmpty() || payment.get().reviewReason() != null
                && payment.get().reviewReason().contains(reason)) {
            return false;
        }
        flag(payment.get(), reason, now());
        return true;
    }

    /** @return whether the order was pending and is now expired (before its time) */
    @Transactional
    public boolean abandon(String orderRef) {
        Instant now = now();
        Optional<Payment> payment = payments.lockByOrderRef(orderRef);
        if (payment.isEmpty() || payment.get().status() != PaymentStatus.PENDING) {
            return false;
        }
        expire(payment.get(), now);
        payments.flush();
        return true;
    }

    private NotificationOutcome pay(Payment payment, GatewayNotification notification, Instant now, boolean late) {
        String transactionNo = notification.providerTransactionNo();
        if (transactionNo != null && payments.existsByMethodAndProviderTransactionNo(payment.method(), transactionNo)) {
            flag(payment, "DUPLICATE_TRANSACTION: transaction " + transactionNo + " already paid another order", now);
            return record(notification, payment, NotificationOutcome.DUPLICATE_TRANSACTION, now);
        }
        if (late) {
            List<Payment> others = payments.lockByDossier(payment.dossierCode(), ACTIVE);
            Optional<Payment> paidBefore = others.stream().filter(p -> p.status() == PaymentStatus.PAID).findFirst();
            if (paidBefore.isPresent()) {
                flag(payment, "PAID_TWICE: transaction " + transactionNo + " arrived after order "
                        + paidBefore.get().orderRef() + " had paid this dossier; refund due", now);
                return record(notification, payment, NotificationOutcome.PAID_TWICE, now);
            }
            others.forEach(pending -> expire(pending, now));
            // the other pending order must be closed in the database before this one counts as paid (unique key)
            payments.flush();
        }
        payment.paid(transactionNo, notification.bankCode(), now);
        payments.flush();
        events.publishEvent(new PaymentConfirmed(payment.orderRef(), payment.dossierCode(), payment.amountVnd(),
                payment.method(), now));
        return record(notification, payment, late ? NotificationOutcome.PAID_LATE : NotificationOutcome.CONFIRMED,
                now);
    }

    private NotificationOutcome fail(Payment payment, GatewayNotification notification, Instant now) {
        payment.failed(notification.bankCode(), now);
        payments.flush();
        events.publishEvent(new PaymentFailed(payment.orderRef(), payment.dossierCode(), payment.method(),
                notification.responseCode(), now));
        return record(notification, payment, NotificationOutcome.FAILED, now);
    }

    private void expire(Payment pending, Instant now) {
        pending.expired(now);
        events.publishEvent(new PaymentExpired(pending.orderRef(), pending.dossierCode(), pending.method(), now));
        log.info("Payment order {} expired", pending.orderRef());
    }

    private void flag(Payment payment, String reason, Instant now) {
        payment.flag(reason);
        payments.flush();
        events.publishEvent(new PaymentNeedsReview(payment.orderRef(), payment.dossierCode(), reason, now));
        log.warn("Payment order {} needs an officer's review: {}", payment.orderRef(), reason);
    }

    /** The notification row is written last, so that a failure writing it undoes everything before it. */
    private NotificationOutcome record(GatewayNotification notification, Payment payment, NotificationOutcome outcome,
            Instant now) {
        notifications.saveAndFlush(new PaymentNotification(notification, payment == null ? null : payment.id(),
                outcome, now));
        return outcome;
    }

    private Instant now() {
        // DATETIME(6) keeps microseconds: what the screens show is exactly what is stored
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
