package vn.dvc.kiosk.payment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bank's notices of credits to the desk's fee account (how VietQR payments are confirmed).
 *
 * @param secret the shared secret of their HMAC-SHA256 signature; from the environment, never from the repository.
 *               Empty: every notice is refused (97), and VietQR orders are confirmed only at the counter
 */
@ConfigurationProperties("kiosk.payment.bank-transfer")
public record BankTransferProperties(String secret) {

    public BankTransferProperties {
        secret = secret == null || secret.isBlank() ? null : secret.strip();
    }

    public boolean configured() {
        return secret != null;
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "BankTransferProperties[secret=" + (secret == null ? "(none)" : "(set)") + "]";
    }
}
