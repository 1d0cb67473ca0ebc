package vn.dvc.kiosk.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.dvc.kiosk.support.BadInput;

/**
 * VNPay IPN parameters as anyone on the internet can send them: missing, duplicated, huge, non-numeric amounts,
 * odd characters, forged or re-used hashes. Reading them never throws, only a hash made with our secret over exactly
 * these parameters verifies, and what is read is bounded and printable (it goes into the log and the database).
 */
class VnPayIpnFuzzTest {

    private static final String SECRET = VnPayIpnCalls.TEST_SECRET;
    private static final List<String> NAMES = List.of("vnp_Amount", "vnp_BankCode", "vnp_PayDate", "vnp_ResponseCode",
            "vnp_TransactionNo", "vnp_TransactionStatus", "vnp_TxnRef", "vnp_TmnCode", "vnp_OrderInfo",
            VnPaySignature.SECURE_HASH, VnPaySignature.SECURE_HASH_TYPE, "other", "vnp_", "VNP_AMOUNT");

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anyParametersAreReadWithoutAnExceptionAndOnlyOurOwnSignatureVerifies() {
        BadInput random = new BadInput(3);
        BadInput.Tally tally = new BadInput.Tally("VNPay IPN parameters");
        for (int i = 0; i < BadInput.cases(10_000); i++) {
            Map<String, String[]> parameters = switch (i % 3) {
                case 0 -> randomParameters(random);
                case 1 -> damaged(random, signed(validIpn()));
                default -> signedThenChanged(random);
            };
            tally.attempt(parameters, VnPayIpnFuzzTest::problemWith, VnPayIpnFuzzTest::describe);
        }

        assertThat(tally.unexpected()).as(tally.report()).isEmpty();
    }

    @Test
    void aParameterGivenTwiceNeverVerifiesEvenWhenBothCopiesAreSigned() {
        Map<String, String[]> parameters = signed(validIpn());
        parameters.put("vnp_Amount", new String[] {"5000000", "5000000"});

        assertThat(VnPaySignature.verify(SECRET, parameters)).isFalse();
    }

    /** Null when reading and verifying behaved. */
    private static String problemWith(Map<String, String[]> parameters) {
        boolean verified = VnPaySignature.verify(SECRET, parameters);
        if (verified && !signedByUs(parameters)) {
            return "verified without our signature";
        }
        GatewayNotification read = VnPayIpn.notification(parameters, verified);
        for (String field : new String[] {read.orderRef(), read.providerTransactionNo(), read.responseCode(),
                read.transactionStatus(), read.bankCode()}) {
            if (field != null && (field.length() > 100 || !field.chars().allMatch(c -> c > 0x20 && c < 0x7F))) {
                return "read a field that is not short printable ASCII: " + BadInput.Tally.describe(field);
            }
        }
        BigDecimal amount = read.amountVnd();
        if (amount != null && (amount.signum() < 0 || amount.precision() - amount.scale() > 15)) {
            return "read an amount that does not fit: " + amount;
        }
        return null;
    }

    /** Whether the hash is what our secret gives for exactly these parameters, each given once. */
    private static boolean signedByUs(Map<String, String[]> parameters) {
        Map<String, String> single = new TreeMap<>();
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (parameter.getKey().startsWith("vnp_")) {
                if (parameter.getValue().length != 1) {
                    return false;
                }
                single.put(parameter.getKey(), parameter.getValue()[0]);
            }
        }
        String hash = single.get(VnPaySignature.SECURE_HASH);
        return hash != null && hash.equalsIgnoreCase(VnPayIpnCalls.hmacSha512Hex(SECRET,
                VnPaySignature.hashData(single)));
    }

    private static Map<String, String> validIpn() {
        return VnPayIpnCalls.ipn("KIOSK-260301-0001-1", 50_000, VnPayIpnCalls.SUCCESS, "00", "14000001");
    }

    private static Map<String, String[]> signed(Map<String, String> parameters) {
        Map<String, String[]> out = new LinkedHashMap<>();
        parameters.forEach((name, value) -> out.put(name, new String[] {value}));
        out.put(VnPaySignature.SECURE_HASH_TYPE, new String[] {"HmacSHA512"});
        out.put(VnPaySignature.SECURE_HASH, new String[] {VnPaySignature.sign(SECRET, parameters)});
        return out;
    }

    private static Map<String, String[]> randomParameters(BadInput random) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        int count = random.nextInt(14);
        for (int i = 0; i < count; i++) {
            String name = random.chance(80) ? random.pick(NAMES) : random.piece();
            parameters.put(name, values(random));
        }
        return parameters;
    }

    private static String[] values(BadInput random) {
        String[] values = new String[random.chance(10) ? random.nextInt(3) : 1];
        for (int v = 0; v < values.length; v++) {
            values[v] = switch (random.nextInt(4)) {
                case 0 -> random.digits(random.nextInt(40));
                case 1 -> random.text();
                case 2 -> random.pick(BadInput.NASTY);
                default -> random.piece();
            };
        }
        return values;
    }

    /** One to three parameters of a signed IPN replaced, removed, duplicated or added: the hash no longer fits. */
    private static Map<String, String[]> damaged(BadInput random, Map<String, String[]> parameters) {
        List<String> names = List.copyOf(parameters.keySet());
        int damages = 1 + random.nextInt(3);
        for (int d = 0; d < damages; d++) {
            String name = random.pick(names);
            switch (random.nextInt(4)) {
                case 0 -> parameters.put(name, values(random));
                case 1 -> parameters.remove(name);
                case 2 -> parameters.computeIfPresent(name, (n, v) -> v.length == 0 ? v : new String[] {v[0], v[0]});
                default -> parameters.put(random.pick(NAMES), values(random));
            }
        }
        return parameters;
    }

    /** Random values signed properly (a sender with our secret and a bug): verified, and still read safely. */
    private static Map<String, String[]> signedThenChanged(BadInput random) {
        Map<String, String> parameters = new TreeMap<>(validIpn());
        parameters.put(random.pick(List.of("vnp_Amount", "vnp_PayDate", "vnp_TxnRef", "vnp_BankCode")),
                random.chance(50) ? random.digits(random.nextInt(30)) : random.piece());
        parameters.values().removeIf(String::isEmpty);
        Map<String, String[]> out = signed(parameters);
        return random.chance(50) ? out : damaged(random, out);
    }

    private static String describe(Map<String, String[]> parameters) {
        StringBuilder text = new StringBuilder();
        parameters.forEach((name, values) -> text.append(BadInput.Tally.describe(name)).append('=')
                .append(values.length == 0 ? "[]" : BadInput.Tally.describe(values[0]))
                .append(values.length > 1 ? " (" + values.length + " values)" : "").append(' '));
        return text.toString();
    }
}
