package vn.dvc.kiosk.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** VNPay v2.1.0 checksums and the payment URL, against values worked out without our code. */
class VnPaySignatureTest {

    private static final String SECRET = VnPayIpnCalls.TEST_SECRET;

    /**
     * The signed text written out by hand: names in order, values URL-encoded in US-ASCII (spaces as '+', ':' '/'
     * '?' '=' percent-encoded, '.' '-' '_' kept), empty values left out.
     */
    private static final String HASH_DATA = "vnp_Amount=1000000&vnp_Command=pay&vnp_CreateDate=20260301100405"
            + "&vnp_CurrCode=VND&vnp_ExpireDate=20260301101905&vnp_IpAddr=192.168.1.23&vnp_Locale=vn"
            + "&vnp_OrderInfo=Thanh+toan+le+phi+ho+so+000.17.22.H56-260301-0007&vnp_OrderType=other"
            + "&vnp_ReturnUrl=https%3A%2F%2Fdvc.example.gov.vn%2Fthanh-toan%2Fvnpay%3Fa%3D1&vnp_TmnCode=KIOSKT01"
            + "&vnp_TxnRef=7K3M9QX2HB4TZ8RA&vnp_Version=2.1.0";

    /** {@code printf '%s' "$HASH_DATA" | openssl dgst -sha512 -hmac "$SECRET"}. */
    private static final String OPENSSL_HMAC = "6bcb69ecb5d9ffccc631d3a94ad118f6541ac368f0eb3064f27d7de9fa9b846d"
            + "ad48a2aa4d05a0887972dbdac09dae35d6dcc9a62fe5536b2da101c4a26f7992";

    private static Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        // deliberately not in order
        parameters.put("vnp_Version", "2.1.0");
        parameters.put("vnp_TxnRef", "7K3M9QX2HB4TZ8RA");
        parameters.put("vnp_Command", "pay");
        parameters.put("vnp_TmnCode", "KIOSKT01");
        parameters.put("vnp_Amount", "1000000");
        parameters.put("vnp_CurrCode", "VND");
        parameters.put("vnp_OrderInfo", "Thanh toan le phi ho so 000.17.22.H56-260301-0007");
        parameters.put("vnp_OrderType", "other");
        parameters.put("vnp_Locale", "vn");
        parameters.put("vnp_ReturnUrl", "https://dvc.example.gov.vn/thanh-toan/vnpay?a=1");
        parameters.put("vnp_IpAddr", "192.168.1.23");
        parameters.put("vnp_CreateDate", "20260301100405");
        parameters.put("vnp_ExpireDate", "20260301101905");
        parameters.put("vnp_BankCode", "");
        return parameters;
    }

    @Test
    void theSignedTextIsSortedAndUrlEncodedLikeVnPaysReferenceCode() {
        assertThat(VnPaySignature.hashData(parameters())).isEqualTo(HASH_DATA);
    }

    @Test
    void theChecksumIsHmacSha512InLowerCaseHex() {
        assertThat(VnPayIpnCalls.hmacSha512Hex(SECRET, HASH_DATA)).as("the JDK agrees with openssl")
                .isEqualTo(OPENSSL_HMAC);
        assertThat(VnPaySignature.sign(SECRET, parameters())).isEqualTo(OPENSSL_HMAC);
    }

    @Test
    void theHashAndItsTypeAreNeverPartOfTheSignedText() {
        Map<String, String> withHash = new TreeMap<>(parameters());
        withHash.put(VnPaySignature.SECURE_HASH, "abc");
        withHash.put(VnPaySignature.SECURE_HASH_TYPE, "HmacSHA512");

        assertThat(VnPaySignature.sign(SECRET, withHash)).isEqualTo(OPENSSL_HMAC);
    }

    @Test
    void aNotificationVerifiesOnlyAsSigned() {
        Map<String, String[]> ipn = ipn();
        assertThat(VnPaySignature.verify(SECRET, ipn)).isTrue();

        Map<String, String[]> upperCaseHash = ipn();
        upperCaseHash.put(VnPaySignature.SECURE_HASH,
                new String[] {upperCaseHash.get(VnPaySignature.SECURE_HASH)[0].toUpperCase(Locale.ROOT)});
        assertThat(VnPaySignature.verify(SECRET, upperCaseHash)).isTrue();

        Map<String, String[]> withHashType = ipn();
        withHashType.put(VnPaySignature.SECURE_HASH_TYPE, new String[] {"HmacSHA512"});
        assertThat(VnPaySignature.verify(SECRET, withHashType)).as("hash type left out").isTrue();

        Map<String, String[]> withOtherParameter = ipn();
        withOtherParameter.put("utm_source", new String[] {"x"});
        assertThat(VnPaySignature.verify(SECRET, withOtherParameter)).as("only vnp_* is signed").isTrue();

        Map<String, String[]> moreMoney = ipn();
        moreMoney.put("vnp_Amount", new String[] {"1000100"});
        assertThat(VnPaySignature.verify(SECRET, moreMoney)).isFalse();

        Map<String, String[]> addedParameter = ipn();
        addedParameter.put("vnp_Extra", new String[] {"1"});
        assertThat(VnPaySignature.verify(SECRET, addedParameter)).isFalse();

        Map<String, String[]> twice = ipn();
        twice.put("vnp_ResponseCode", new String[] {"00", "24"});
        assertThat(VnPaySignature.verify(SECRET, twice)).as("a repeated parameter").isFalse();

        Map<String, String[]> noHash = ipn();
        noHash.remove(VnPaySignature.SECURE_HASH);
        assertThat(VnPaySignature.verify(SECRET, noHash)).isFalse();

        Map<String, String[]> truncated = ipn();
        truncated.put(VnPaySignature.SECURE_HASH,
                new String[] {truncated.get(VnPaySignature.SECURE_HASH)[0].substring(0, 64)});
        assertThat(VnPaySignature.verify(SECRET, truncated)).isFalse();

        assertThat(VnPaySignature.verify("another-secret", ipn())).isFalse();
        assertThat(VnPaySignature.verify("", ipn())).isFalse();
        assertThat(VnPaySignature.verify(null, ipn())).isFalse();
    }

    @Test
    void thePaymentUrlCarriesEveryParameterAndASignatureOverThem() throws Exception {
        VnPayGateway gateway = new VnPayGateway(new VnPayProperties("KIOSKT01", SECRET,
                "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html", "https://dvc.example.gov.vn/thanh-toan/vnpay?a=1",
                null, "other", null));
        // 03:04:05 UTC is 10:04:05 in Vietnam (GMT+7)
        PaymentOrder order = new PaymentOrder("7K3M9QX2HB4TZ8RA", "000.17.22.H56-260301-0007", 10_000,
                PaymentMethod.VNPAY, PaymentStatus.PENDING, Instant.parse("2026-03-01T03:04:05.123456Z"),
                Instant.parse("2026-03-01T03:19:05.123456Z"), null, null);

        URI url = gateway.checkoutUrl(order, "192.168.1.23", Locale.forLanguageTag("vi"));

        assertThat(url.toString()).isEqualTo("https://sandbox.vnpayment.vn/paymentv2/vpcpay.html?" + HASH_DATA
                + "&vnp_SecureHash=" + OPENSSL_HMAC);
        assertThat(gateway.checkoutUrl(order, "192.168.1.23", Locale.ENGLISH).getRawQuery()).contains("vnp_Locale=en");
    }

    @Test
    void theOrderInfoIsPlainAsciiNamingTheDossier() {
        assertThat(VnPayGateway.orderInfo("000.17.22.H56-260301-0007"))
                .isEqualTo("Thanh toan le phi ho so 000.17.22.H56-260301-0007");
        assertThat(VnPayGateway.orderInfo("Hồ sơ#1&x")).isEqualTo("Thanh toan le phi ho so H s1x")
                .matches("[\\x20-\\x7e]+");
    }

    @Test
    void vnPayTimestampsAreCivilTimeInVietnam() {
        assertThat(VnPayGateway.parseTimestamp("20260301100405")).isEqualTo(Instant.parse("2026-03-01T03:04:05Z"));
        assertThat(VnPayGateway.parseTimestamp("2026-03-01")).isNull();
        assertThat(VnPayGateway.parseTimestamp("20261301100405")).isNull();
        assertThat(VnPayGateway.parseTimestamp(null)).isNull();
    }

    @Test
    void theSecretNeverShowsInLogs() {
        VnPayProperties properties = new VnPayProperties("KIOSKT01", SECRET, null, "https://x", null, null, null);
        assertThat(properties.toString()).doesNotContain(SECRET).contains("hashSecret=(set)");
        assertThat(properties.configured()).isFalse().as("no payment page");
        assertThat(new VnPayProperties("KIOSKT01", " ", "https://p", "https://x", null, null, null).configured())
                .isFalse();
    }

    /** A notification as VNPay sends it, signed with the JDK's HMAC over the text written by hand. */
    private static Map<String, String[]> ipn() {
        String signed = "vnp_Amount=1000000&vnp_BankCode=NCB&vnp_OrderInfo=Thanh+toan+le+phi+ho+so+000.17.22.H56"
                + "-260301-0007&vnp_PayDate=20260301100912&vnp_ResponseCode=00&vnp_TmnCode=KIOSKT01"
                + "&vnp_TransactionNo=14012345&vnp_TransactionStatus=00&vnp_TxnRef=7K3M9QX2HB4TZ8RA";
        Map<String, String[]> ipn = new TreeMap<>();
        ipn.put("vnp_Amount", new String[] {"1000000"});
        ipn.put("vnp_BankCode", new String[] {"NCB"});
        ipn.put("vnp_CardType", new String[] {""});
        ipn.put("vnp_OrderInfo", new String[] {"Thanh toan le phi ho so 000.17.22.H56-260301-0007"});
        ipn.put("vnp_PayDate", new String[] {"20260301100912"});
        ipn.put("vnp_ResponseCode", new String[] {"00"});
        ipn.put("vnp_TmnCode", new String[] {"KIOSKT01"});
        ipn.put("vnp_TransactionNo", new String[] {"14012345"});
        ipn.put("vnp_TransactionStatus", new String[] {"00"});
        ipn.put("vnp_TxnRef", new String[] {"7K3M9QX2HB4TZ8RA"});
        ipn.put(VnPaySignature.SECURE_HASH, new String[] {VnPayIpnCalls.hmacSha512Hex(SECRET, signed)});
        return ipn;
    }
}
