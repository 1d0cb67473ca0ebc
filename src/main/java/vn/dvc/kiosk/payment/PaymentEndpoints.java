package vn.dvc.kiosk.payment;

/** The addresses gateways and banks call on this server (register them with the provider). */
public final class PaymentEndpoints {

    /** VNPay's IPN, {@code GET} with the signed {@code vnp_*} parameters; the terminal's "IPN URL". */
    public static final String VNPAY_IPN = "/api/payments/vnpay/ipn";
    /**
     * A bank's notice of a credit to the desk's fee account (a VietQR transfer), {@code POST} with a JSON
     * {@link BankTransferNotification} signed in the {@value BankTransferSignature#HEADER} header.
     */
    public static final String BANK_TRANSFER = "/api/payments/bank-transfers";

    private PaymentEndpoints() {
    }
}
