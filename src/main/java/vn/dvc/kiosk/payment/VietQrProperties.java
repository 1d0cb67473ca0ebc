package vn.dvc.kiosk.payment;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.dvc.kiosk.shared.text.VietnameseText;

/**
 * The account that receives VietQR transfers (the one-stop desk's fee collection account), from
 * {@code kiosk.payment.vietqr.*}. All three empty means VietQR is not offered on this kiosk; a partly set or
 * malformed account stops the start-up with the key that is wrong, rather than showing residents a code that cannot
 * be paid.
 *
 * @param bankBin       the receiving bank's 6-digit BIN (NAPAS bank identification number), e.g. 970436
 * @param accountNumber the account number, 1–19 letters or digits
 * @param accountName   the account holder's name as the banking app will show it, shown on the kiosk beside the
 *                      code so the resident can check whom they pay (stored in NFC; may have diacritics)
 */
@ConfigurationProperties("kiosk.payment.vietqr")
public record VietQrProperties(String bankBin, String accountNumber, String accountName) {

    public VietQrProperties {
        bankBin = bankBin == null ? "" : bankBin.strip();
        accountNumber = accountNumber == null ? "" : accountNumber.strip();
        accountName = accountName == null ? "" : VietnameseText.nfc(accountName.strip());
        if (!bankBin.isEmpty() || !accountNumber.isEmpty() || !accountName.isEmpty()) {
            try {
                VietQrPayload.requireBankBin(bankBin);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("kiosk.payment.vietqr.bank-bin: " + e.getMessage(), e);
            }
            try {
                VietQrPayload.requireAccountNumber(accountNumber);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("kiosk.payment.vietqr.account-number: " + e.getMessage(), e);
            }
            if (accountName.isEmpty()) {
                throw new IllegalArgumentException("kiosk.payment.vietqr.account-name must be set: the kiosk shows"
                        + " it so that residents see whom they pay");
            }
        }
    }

    /** True when an account is set (VietQR can be offered). */
    public boolean configured() {
        return !bankBin.isEmpty();
    }

    /**
     * A one-payment code to this account.
     *
     * @param purpose e.g. {@link VietQrPayload#purposeFor(String, String)} of the dossier code
     * @throws IllegalStateException    when no account is configured
     * @throws IllegalArgumentException for an amount or purpose {@link VietQrPayload#dynamic} refuses
     */
    public VietQrPayload dynamicPayload(long amountVnd, String purpose) {
        if (!configured()) {
            throw new IllegalStateException("No VietQR account is configured (kiosk.payment.vietqr.*)");
        }
        return VietQrPayload.dynamic(bankBin, accountNumber, amountVnd, purpose);
    }
}
