package vn.dvc.kiosk.payment;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * A payment gateway the resident is sent to (VNPay today; a government hub such as PayGov could be another adapter).
 * Notifications come back through the adapter's own endpoint, which hands them to the payment module's ledger.
 */
public interface PaymentGateway {

    PaymentMethod method();

    /** False when the gateway is not configured on this installation: the option is not offered. */
    boolean isAvailable();

    /**
     * Where to send the resident to pay this pending order (VNPay: the signed payment URL).
     *
     * @param clientIp the address of the device the resident pays from (the kiosk or tablet)
     * @param locale   the language of the gateway's pages
     */
    URI checkoutUrl(PaymentOrder order, String clientIp, Locale locale);

    /**
     * What the gateway knows of this order now, for reconciling orders still pending (VNPay: the {@code querydr}
     * API). Empty when it cannot tell.
     */
    Optional<GatewayTransaction> lookUp(PaymentOrder order);
}
