package vn.dvc.kiosk.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * The allowance of unsigned payment notifications per sender: over it, a forged IPN or bank notice still gets RspCode
 * 97 but is no longer written; a signed one is always applied and recorded, however many forged ones came first.
 */
@KioskIntegrationTest
class UnsignedNotificationsIT {

    private static final String CLIENT = "203.0.113.9";

    @Autowired
    VnPayGateway gateway;

    @Autowired
    PaymentLedger ledger;

    @Autowired
    BankTransferProperties bankTransfer;

    @Autowired
    VietQrProperties account;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void forgedNotificationsOverTheAllowanceAreAnsweredButNotWrittenAndSignedOnesAlwaysAre() {
        UnsignedNotifications three = new UnsignedNotifications(3, Duration.ofMinutes(10), clock);
        VnPayIpn ipn = new VnPayIpn(gateway, ledger, three);
        BankTransfers transfers = new BankTransfers(ledger, bankTransfer, account, json, three);
        Map<String, String[]> forged = new HashMap<>();
        forged.put("vnp_TxnRef", new String[] {"FORGEDALLOWANCE0001"});
        forged.put("vnp_SecureHash", new String[] {"0".repeat(128)});
        int before = rows();

        for (int i = 0; i < 2; i++) {
            assertThat(ipn.handle(forged, CLIENT).rspCode()).isEqualTo("97");
        }
        assertThat(transfers.handle("{}".getBytes(StandardCharsets.UTF_8), "nope", CLIENT).rspCode()).isEqualTo("97");
        assertThat(rows()).isEqualTo(before + 3);

        assertThat(ipn.handle(forged, CLIENT).rspCode()).isEqualTo("97");
        assertThat(transfers.handle("{}".getBytes(StandardCharsets.UTF_8), null, CLIENT).rspCode()).isEqualTo("97");
        assertThat(rows()).as("over the allowance: answered, not written").isEqualTo(before + 3);
        assertThat(ipn.handle(forged, "198.51.100.7").rspCode()).isEqualTo("97");
        assertThat(rows()).as("another sender has its own allowance").isEqualTo(before + 4);

        Map<String, String> signed = VnPayIpnCalls.ipn("SIGNEDALLOWANCE0001", 50_000, VnPayIpnCalls.SUCCESS, "00",
                "14888888");
        Map<String, String[]> parameters = new HashMap<>();
        signed.forEach((name, value) -> parameters.put(name, new String[] {value}));
        parameters.put("vnp_SecureHash", new String[] {VnPaySignature.sign(VnPayIpnCalls.TEST_SECRET, signed)});
        assertThat(ipn.handle(parameters, CLIENT).rspCode()).as("signed: never limited").isEqualTo("01");
        assertThat(rows()).isEqualTo(before + 5);
    }

    private int rows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM payment_notification", Integer.class);
    }
}
