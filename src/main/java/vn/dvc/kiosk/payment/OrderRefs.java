package vn.dvc.kiosk.payment;

import java.security.SecureRandom;

/**
 * New order references: 16 characters of Crockford's base32 (digits and upper-case letters without I, L, O, U),
 * 80 random bits. VNPay allows up to 100 alphanumeric characters in {@code vnp_TxnRef} and wants them unique per
 * day; these are unique for good and cannot be guessed from another order's.
 */
final class OrderRefs {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    static final int LENGTH = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    private OrderRefs() {
    }

    static String next() {
        char[] ref = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            ref[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(ref);
    }
}
