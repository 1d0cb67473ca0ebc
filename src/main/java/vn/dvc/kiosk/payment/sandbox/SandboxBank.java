package vn.dvc.kiosk.payment.sandbox;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.kiosk.payment.BankTransferNotification;
import vn.dvc.kiosk.payment.BankTransferProperties;
import vn.dvc.kiosk.payment.BankTransferSignature;
import vn.dvc.kiosk.payment.PaymentEndpoints;
import vn.dvc.kiosk.payment.PaymentMethod;
import vn.dvc.kiosk.payment.PaymentOrder;
import vn.dvc.kiosk.payment.PaymentStatus;
import vn.dvc.kiosk.payment.Payments;
import vn.dvc.kiosk.payment.VietQrPayload;
import vn.dvc.kiosk.payment.VietQrProperties;

/**
 * The sandbox's bank: pays a pending order the way a resident's bank app and VNPay would, well or badly
 * ({@link SandboxScenario}), by sending real notifications to this app over HTTP, and reports the RspCodes the app
 * answered. VNPay orders get VNPay IPNs signed with the terminal's secret; VietQR orders get the bank's credit
 * notices ({@link BankTransferNotification}) signed with the bank transfer secret, made from the order's VietQR code
 * as a banking app reads it. The bank page's buttons call {@link #run}.
 */
@Component
@ConditionalOnBooleanProperty(PaymentSandboxEnvironment.ENABLED)
class SandboxBank {

    private static final Logger log = LoggerFactory.getLogger(SandboxBank.class);

    /** For forged notices: a secret that is not the terminal's. */
    static final String FORGER_SECRET = "a-secret-someone-guessed";
    private static final DateTimeFormatter TRANSFER_DAY = DateTimeFormatter.ofPattern("yyMMdd")
            .withZone(ZoneOffset.ofHours(7));

    private final Payments payments;
    private final SandboxVnPay vnPay;
    private final SandboxCalls calls;
    private final BankTransferProperties bank;
    private final VietQrProperties account;
    private final JsonMapper json;
    private final Clock clock;

    SandboxBank(Payments payments, SandboxVnPay vnPay, SandboxCalls calls, BankTransferProperties bank,
            VietQrProperties account, JsonMapper json, Clock clock) {
        this.payments = payments;
        this.vnPay = vnPay;
        this.calls = calls;
        this.bank = bank;
        this.account = account;
        this.json = json;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warn() {
        log.warn("""

                ********************************************************************************
                *  PAYMENT SANDBOX IS ON (kiosk.payment.sandbox.enabled=true)                  *
                *  A pretend VNPay and bank can mark any pending fee paid: /sandbox/ngan-hang  *
                *  For demos and tests only. NEVER on a real kiosk: set it to false.           *
                ********************************************************************************""");
    }

    /** The pending orders a tester can pay, newest first. */
    List<PaymentOrder> pending() {
        return payments.pending(50);
    }

    /**
     * Does this to the order and tells what the app answered.
     *
     * @throws IllegalArgumentException for an unknown order or a scenario that does not apply to its method
     */
    SandboxOutcome run(String orderRef, SandboxScenario scenario) {
        PaymentOrder order = payments.find(orderRef)
                .orElseThrow(() -> new IllegalArgumentException("No order " + orderRef));
        if (!scenario.appliesTo(order.method())) {
            throw new IllegalArgumentException(scenario + " does not apply to a " + order.method() + " order");
        }
        List<String> codes = order.method() == PaymentMethod.VNPAY ? vnPay(order, scenario) : transfer(order, scenario);
        PaymentStatus after = payments.find(orderRef).map(PaymentOrder::status).orElse(null);
        log.info("Payment sandbox: {} on order {} answered {}, order now {}", scenario, orderRef, codes, after);
        return new SandboxOutcome(orderRef, scenario, codes, after);
    }

    private List<String> vnPay(PaymentOrder order, SandboxScenario scenario) {
        String info = "Thanh toan le phi ho so " + order.dossierCode();
        return switch (scenario) {
            case PAY -> List.of(vnPay.sendIpn(vnPay.notice(vnPay.pay(order.orderRef(), order.amountVnd(), info))));
            case WRONG_AMOUNT -> List.of(vnPay.sendIpn(vnPay.notice(vnPay.unrecorded(order.orderRef(),
                    wrongAmount(order.amountVnd()), info))));
            case DUPLICATE -> {
                Map<String, String> notice = vnPay.notice(vnPay.pay(order.orderRef(), order.amountVnd(), info));
                yield List.of(vnPay.sendIpn(notice), vnPay.sendIpn(notice));
            }
            case FORGED -> List.of(vnPay.sendIpn(vnPay.notice(vnPay.unrecorded(order.orderRef(), order.amountVnd(),
                    info)), FORGER_SECRET));
            case CANCEL -> List.of(vnPay.sendIpn(vnPay.notice(vnPay.cancel(order.orderRef(), order.amountVnd(),
                    info))));
            case LATE -> {
                payments.abandon(order.orderRef());
                yield List.of(vnPay.sendIpn(vnPay.notice(vnPay.pay(order.orderRef(), order.amountVnd(), info))));
            }
            case OUT_OF_ORDER -> {
                Map<String, String> failure = vnPay.notice(vnPay.cancel(order.orderRef(), order.amountVnd(), info));
                Map<String, String> success = vnPay.notice(vnPay.pay(order.orderRef(), order.amountVnd(), info));
                yield List.of(vnPay.sendIpn(success), vnPay.sendIpn(failure));
            }
            case LOST_NOTICE -> {
                vnPay.pay(order.orderRef(), order.amountVnd(), info);
                yield List.of();
            }
            case PAID_TWICE -> throw new IllegalArgumentException("Not a VNPay scenario");
        };
    }

    private List<String> transfer(PaymentOrder order, SandboxScenario scenario) {
        return switch (scenario) {
            case PAY -> List.of(sendTransfer(transferFor(order, order.amountVnd()), bank.secret()));
            case WRONG_AMOUNT -> List.of(sendTransfer(transferFor(order, wrongAmount(order.amountVnd())),
                    bank.secret()));
            case DUPLICATE -> {
                BankTransferNotification notice = transferFor(order, order.amountVnd());
                yield List.of(sendTransfer(notice, bank.secret()), sendTransfer(notice, bank.secret()));
            }
            case FORGED -> List.of(sendTransfer(transferFor(order, order.amountVnd()), FORGER_SECRET));
            case LATE -> {
                payments.abandon(order.orderRef());
                yield List.of(sendTransfer(transferFor(order, order.amountVnd()), bank.secret()));
            }
            case PAID_TWICE -> List.of(sendTransfer(transferFor(order, order.amountVnd()), bank.secret()),
                    sendTransfer(transferFor(order, order.amountVnd()), bank.secret()));
            case CANCEL, OUT_OF_ORDER, LOST_NOTICE -> throw new IllegalArgumentException("Not a transfer scenario");
        };
    }

    /**
     * The credit a banking app's transfer makes after scanning the order's VietQR code: the code's amount (unless
     * told otherwise) and purpose, with words the bank adds in front, as banks do.
     */
    BankTransferNotification transferFor(PaymentOrder order, long amountVnd) {
        String purpose = VietQrPayload.purposeFor(order.dossierCode(), null);
        String accountNumber = null;
        if (account.configured()) {
            VietQrPayload scanned = VietQrPayload.parse(account.dynamicPayload(order.amountVnd(), purpose).text());
            purpose = scanned.purpose();
            accountNumber = scanned.accountNumber();
        }
        String reference = "FT" + TRANSFER_DAY.format(clock.instant())
                + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
        return new BankTransferNotification(reference, accountNumber, BigDecimal.valueOf(amountVnd),
                "CT DEN:" + reference.substring(2) + " " + purpose,
                OffsetDateTime.now(clock.withZone(ZoneOffset.ofHours(7))), account.configured() ? account.bankBin()
                        : null);
    }

    String sendTransfer(BankTransferNotification notice, String secret) {
        byte[] body = json.writeValueAsBytes(notice);
        String rspCode = calls.postJson(PaymentEndpoints.BANK_TRANSFER, body, BankTransferSignature.HEADER,
                BankTransferSignature.sign(secret, body));
        log.info("Payment sandbox: bank transfer {} answered {}", notice.transactionId(), rspCode);
        return rspCode;
    }

    private static long wrongAmount(long amountVnd) {
        return amountVnd > 1_000 ? amountVnd - 1_000 : amountVnd + 1_000;
    }

    /** The scenarios a tester may run on this order, in button order. */
    static List<SandboxScenario> scenariosFor(PaymentMethod method) {
        List<SandboxScenario> scenarios = new ArrayList<>();
        for (SandboxScenario scenario : SandboxScenario.values()) {
            if (scenario.appliesTo(method)) {
                scenarios.add(scenario);
            }
        }
        return scenarios;
    }
}
