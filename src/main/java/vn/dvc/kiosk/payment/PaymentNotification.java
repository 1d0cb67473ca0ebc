package vn.dvc.kiosk.payment;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A notification as received, and what we answered: the audit trail of every IPN. */
@Entity
@Table(name = "payment_notification")
class PaymentNotification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private PaymentMethod method;
    @Enumerated(EnumType.STRING)
    private NotificationSource source;
    @Column(name = "order_ref")
    private String orderRef;
    @Column(name = "payment_id")
    private Long paymentId;
    @Column(name = "provider_transaction_no")
    private String providerTransactionNo;
    @Column(name = "amount_vnd")
    private BigDecimal amountVnd;
    @Column(name = "response_code")
    private String responseCode;
    @Column(name = "transaction_status")
    private String transactionStatus;
    @Column(name = "bank_code")
    private String bankCode;
    @Column(name = "provider_paid_at")
    private Instant providerPaidAt;
    @Column(name = "signature_valid")
    private boolean signatureValid;
    @Column(name = "rsp_code")
    private String rspCode;
    @Enumerated(EnumType.STRING)
    private NotificationOutcome outcome;
    @Column(name = "received_at")
    private Instant receivedAt;

    protected PaymentNotification() {
    }

    PaymentNotification(GatewayNotification notification, Long paymentId, NotificationOutcome outcome,
            Instant receivedAt) {
        this.method = notification.method();
        this.source = notification.source();
        this.orderRef = notification.orderRef();
        this.paymentId = paymentId;
        this.providerTransactionNo = notification.providerTransactionNo();
        this.amountVnd = notification.amountVnd();
        this.responseCode = notification.responseCode();
        this.transactionStatus = notification.transactionStatus();
        this.bankCode = notification.bankCode();
        this.providerPaidAt = notification.providerPaidAt();
        this.signatureValid = notification.signatureValid();
        this.rspCode = outcome.rspCode();
        this.outcome = outcome;
        this.receivedAt = receivedAt;
    }

    PaymentMethod method() {
        return method;
    }

    NotificationSource source() {
        return source;
    }

    String orderRef() {
        return orderRef;
    }

    String providerTransactionNo() {
        return providerTransactionNo;
    }

    BigDecimal amountVnd() {
        return amountVnd;
    }

    NotificationOutcome outcome() {
        return outcome;
    }

    Instant receivedAt() {
        return receivedAt;
    }
}
