package vn.dvc.kiosk.payment;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Paying a dossier's fee online: the public API of the payment module. Dossiers are known by their code only; the
 * caller passes the amount due (the catalog's fee, as on the receipt).
 */
@Service
public class Payments {

    private static final Logger log = LoggerFactory.getLogger(Payments.class);

    /** Galera certification conflicts and the unique keys' races are rare and clear up at once. */
    private static final int ATTEMPTS = 5;
    private static final int DOSSIER_CODE_MAX = 60;

    private final PaymentLedger ledger;
    private final PaymentProperties properties;
    private final VnPayGateway vnPay;
    private final List<PaymentGateway> gateways;

    Payments(PaymentLedger ledger, PaymentProperties properties, VnPayGateway vnPay, List<PaymentGateway> gateways) {
        this.ledger = ledger;
        this.properties = properties;
        this.vnPay = vnPay;
        this.gateways = gateways;
    }

    /**
     * An order for paying this dossier's fee: the pending one for the same method and amount while it has more
     * than a minute left, else a new one (a pending order for another method or amount is expired first, so a
     * dossier never has two open orders). When the fee is already paid, that paid order, and nothing new.
     *
     * @param amountVnd more than 0 (an exempted fee needs no payment)
     * @throws IllegalStateException when this installation does not offer the method
     */
    public PaymentOrder open(String dossierCode, long amountVnd, PaymentMethod method) {
        String code = dossierCode(dossierCode);
        if (amountVnd <= 0) {
            throw new IllegalArgumentException("A fee to pay online is more than 0 VND, not " + amountVnd);
        }
        if (!offers(method)) {
            throw new IllegalStateException(method + " is not offered on this installation");
        }
        Duration validFor = method == PaymentMethod.VNPAY ? vnPay.expireAfter().orElse(properties.expireAfter())
                : properties.expireAfter();
        return retrying("open", () -> ledger.open(code, amountVnd, method, validFor));
    }

    public Optional<PaymentOrder> find(String orderRef) {
        if (orderRef == null || orderRef.isBlank() || orderRef.length() > 32) {
            return Optional.empty();
        }
        return ledger.find(orderRef.strip());
    }

    /** The dossier's paid order if there is one, else its most recent order. */
    public Optional<PaymentOrder> latestFor(String dossierCode) {
        if (dossierCode == null || dossierCode.isBlank()) {
            return Optional.empty();
        }
        return ledger.latestFor(dossierCode.strip());
    }

    /**
     * The resident will pay at the counter: a pending order is closed as {@link PaymentStatus#AT_COUNTER} and
     * {@link PaymentAtCounterChosen} is published. Does nothing when the fee is already paid ({@link #latestFor}
     * shows the paid order). Money that still arrives for the closed order counts (see {@link PaymentStatus}).
     */
    public void payAtCounter(String dossierCode) {
        String code = dossierCode(dossierCode);
        if (!retrying("pay at counter", () -> ledger.payAtCounter(code))) {
            log.info("Pay at the counter asked for a dossier already paid: nothing changes");
        }
    }

    /** The newest pending orders, at most {@code limit} (1–500). */
    public List<PaymentOrder> pending(int limit) {
        return ledger.pending(Math.clamp(limit, 1, 500));
    }

    /**
     * The resident left this pending order unpaid (closed the payment screen, asked for another way): it is
     * expired now rather than at its time, and {@link PaymentExpired} is published. Money that still arrives for it
     * counts, as for any expired order.
     *
     * @return whether it was pending (false: unknown, or already closed or paid; nothing changes)
     */
    public boolean abandon(String orderRef) {
        if (orderRef == null || orderRef.isBlank() || orderRef.length() > 32) {
            return false;
        }
        return retrying("abandon", () -> ledger.abandon(orderRef.strip()));
    }

    /**
     * The order a gateway's return page names, when its parameters carry the gateway's valid signature (VNPay's
     * {@code vnp_SecureHash}): for showing the resident where the payment stands. Display only: this never changes
     * an order; only the gateway's server-to-server notification does.
     */
    public Optional<PaymentOrder> returnedFrom(PaymentMethod method, Map<String, String[]> parameters) {
        if (method != PaymentMethod.VNPAY || parameters == null || !vnPay.verifies(parameters)) {
            return Optional.empty();
        }
        String[] ref = parameters.get("vnp_TxnRef");
        return ref == null || ref.length != 1 ? Optional.empty() : find(ref[0]);
    }

    /** Whether this installation offers the method (VNPay only when its terminal is configured). */
    public boolean offers(PaymentMethod method) {
        if (method == null) {
            return false;
        }
        // VietQR needs no gateway: the payload is made from the order and the desk's receiving account
        return method == PaymentMethod.VIETQR || gateway(method).map(PaymentGateway::isAvailable).orElse(false);
    }

    /**
     * Where to send the resident to pay a pending gateway order (VNPay's signed payment URL).
     *
     * @param clientIp the kiosk's or tablet's address, as the gateway wants it
     * @throws IllegalArgumentException when there is no such pending order for a gateway
     */
    public URI checkoutUrl(String orderRef, String clientIp, Locale locale) {
        PaymentOrder order = find(orderRef).orElseThrow(() -> new IllegalArgumentException("No order " + orderRef));
        PaymentGateway gateway = gateway(order.method())
                .orElseThrow(() -> new IllegalArgumentException(order.method() + " has no payment page"));
        return gateway.checkoutUrl(order, clientIp, locale);
    }

    private Optional<PaymentGateway> gateway(PaymentMethod method) {
        return gateways.stream().filter(g -> g.method() == method).findFirst();
    }

    private static String dossierCode(String dossierCode) {
        if (dossierCode == null || dossierCode.isBlank() || dossierCode.strip().length() > DOSSIER_CODE_MAX) {
            throw new IllegalArgumentException("Not a dossier code: " + dossierCode);
        }
        return dossierCode.strip();
    }

    /**
     * A random wait that grows with each attempt: transactions that deadlocked on the same dossier's rows and retried
     * at once would meet again (seen with six requests for one dossier on 2 cores).
     */
    private static void pause(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(5, 25L * attempt + 6));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T retrying(String what, Supplier<T> work) {
        // inside a caller's transaction a lost conflict has already rolled back the caller's work: not ours to retry
        boolean retryable = !TransactionSynchronizationManager.isActualTransactionActive();
        for (int attempt = 1;; attempt++) {
            try {
                return work.get();
            } catch (ConcurrencyFailureException | DataIntegrityViolationException conflict) {
                if (!retryable || attempt == ATTEMPTS) {
                    throw conflict;
                }
                log.warn("Payment {} lost a write conflict on attempt {}; trying again: {}", what, attempt,
                        conflict.getMostSpecificCause().getMessage());
                pause(attempt);
            }
        }
    }
}
