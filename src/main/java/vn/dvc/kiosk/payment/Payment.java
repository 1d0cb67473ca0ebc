package vn.dvc.kiosk.payment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One payment order for a dossier's fee, and the state machine it follows. */
@Entity
@Table(name = "payment")
class Payment {

    private static final int REVIEW_REASON_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_ref")
    private String orderRef;
    @Column(name = "dossier_code")
    private String dossierCode;
    @Column(name = "amount_vnd")
    private long amountVnd;
    @Enumerated(EnumType.STRING)
    private PaymentMethod method;
    /** VietQR orders: what a bank transfer's content must contain to pay it (see {@link BankTransfers#key}). */
    @Column(name = "transfer_key")
    private String transferKey;
    @Enumerated(EnumType.STRING)
    private PaymentStatus status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "status_changed_at")
    private Instant statusChangedAt;
    @Column(name = "paid_at")
    private Instant paidAt;
    @Column(name = "provider_transaction_no")
    private String providerTransactionNo;
    @Column(name = "bank_code")
    private String bankCode;
    @Column(name = "needs_review")
    private boolean needsReview;
    @Column(name = "review_reason")
    private String reviewReason;
    @Version
    private int version;

    protected Payment() {
    }

    static Payment open(String orderRef, String dossierCode, long amountVnd, PaymentMethod method, Instant now,
            Instant expiresAt) {
        Payment payment = new Payment();
        payment.orderRef = orderRef;
        payment.dossierCode = dossierCode;
        payment.amountVnd = amountVnd;
        payment.method = method;
        payment.transferKey = method == PaymentMethod.VIETQR ? BankTransfers.keyOf(dossierCode) : null;
        payment.status = PaymentStatus.PENDING;
        payment.createdAt = now;
        payment.expiresAt = expiresAt;
        payment.statusChangedAt = now;
        return payment;
    }

    /** Still worth handing to a resident who asks again for the same thing. */
    boolean canBeReusedFor(PaymentMethod method, long amountVnd, Instant stillOpenAt) {
        return status == PaymentStatus.PENDING && this.method == method && this.amountVnd == amountVnd
                && expiresAt.isAfter(stillOpenAt);
    }

    boolean isStale(Instant now) {
        return status == PaymentStatus.PENDING && !expiresAt.isAfter(now);
    }

    /** PENDING, or EXPIRED / AT_COUNTER when the money arrives late. */
    void paid(String providerTransactionNo, String bankCode, Instant at) {
        if (status == PaymentStatus.PAID || status == PaymentStatus.FAILED) {
            throw new IllegalStateException("Order " + orderRef + " is already " + status);
        }
        this.providerTransactionNo = providerTransactionNo;
        this.bankCode = bankCode;
        this.paidAt = at;
        moveTo(PaymentStatus.PAID, at);
    }

    void failed(String bankCode, Instant at) {
        requirePending();
        this.bankCode = bankCode;
        moveTo(PaymentStatus.FAILED, at);
    }

    void expired(Instant at) {
        requirePending();
        moveTo(PaymentStatus.EXPIRED, at);
    }

    void atCounter(Instant at) {
        requirePending();
        moveTo(PaymentStatus.AT_COUNTER, at);
    }

    /** For an officer; the reasons add up, the first ones kept when there is no more room. */
    void flag(String reason) {
        needsReview = true;
        String all = reviewReason == null ? reason
                : reviewReason.contains(reason) ? reviewReason : reviewReason + "; " + reason;
        reviewReason = all.length() > REVIEW_REASON_MAX ? all.substring(0, REVIEW_REASON_MAX) : all;
    }

    private void requirePending() {
        if (status != PaymentStatus.PENDING) {
            throw new IllegalStateException("Order " + orderRef + " is " + status + ", not PENDING");
        }
    }

    private void moveTo(PaymentStatus next, Instant at) {
        status = next;
        statusChangedAt = at;
    }

    PaymentOrder order() {
        return new PaymentOrder(orderRef, dossierCode, amountVnd, method, status, createdAt, expiresAt, paidAt,
                providerTransactionNo);
    }

    Long id() {
        return id;
    }

    String orderRef() {
        return orderRef;
    }

    String dossierCode() {
        return dossierCode;
    }

    long amountVnd() {
        return amountVnd;
    }

    PaymentMethod method() {
        return method;
    }

    PaymentStatus status() {
        return status;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Instant paidAt() {
        return paidAt;
    }

    String providerTransactionNo() {
        return providerTransactionNo;
    }

    boolean needsReview() {
        return needsReview;
    }

    String reviewReason() {
        return reviewReason;
    }

    String transferKey() {
        return transferKey;
    }
}
