package vn.dvc.kiosk.payment.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import vn.dvc.kiosk.payment.PaymentEndpoints;
import vn.dvc.kiosk.payment.VnPayProperties;
import vn.dvc.kiosk.payment.VnPayQueryDr;
import vn.dvc.kiosk.payment.VnPaySignature;

/**
 * A pretend VNPay: checks a payment URL's signature, "takes the money" (remembers the transaction), sends the IPN
 * to this app over HTTP, signs the return URL's parameters, and answers {@code querydr} about what it remembers.
 * Signs with the terminal's secret ({@link VnPayProperties}): the sandbox's own random one, or a VNPay sandbox
 * terminal's in the tests. Memory only: a restart forgets (the last {@value #REMEMBERED} transactions are kept).
 */
@Component
@ConditionalOnBooleanProperty(PaymentSandboxEnvironment.ENABLED)
class SandboxVnPay {

    private static final Logger log = LoggerFactory.getLogger(SandboxVnPay.class);

    static final int REMEMBERED = 2000;
    static final String SUCCESS = "00";
    static final String CANCELLED = "24";
    static final String BANK = "NCB";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.ofHours(7));

    /** What the pretend VNPay did for one order. */
    record Transaction(String txnRef, String transactionNo, long amountVnd, String responseCode,
            String transactionStatus, Instant payDate, String orderInfo) {

        boolean succeeded() {
            return SUCCESS.equals(responseCode) && SUCCESS.equals(transactionStatus);
        }
    }

    /** A payment page request whose signature is the terminal's. */
    record Checkout(String txnRef, long amountVnd, String orderInfo, String returnUrl, Instant expiresAt) {
    }

    private final Map<String, Transaction> transactions = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Transaction> eldest) {
                    return size() > REMEMBERED;
                }
            });
    private final VnPayProperties terminal;
    private final SandboxCalls calls;
    private final Clock clock;

    SandboxVnPay(VnPayProperties terminal, SandboxCalls calls, Clock clock) {
        this.terminal = terminal;
        this.calls = calls;
        this.clock = clock;
    }

    /** What a payment URL's query asks for, when VNPay would accept it (our terminal's signature, a pay command). */
    Optional<Checkout> checkout(Map<String, List<String>> query) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        query.forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
        if (!terminal.configured() || !VnPaySignature.verify(terminal.hashSecret(), parameters)
                || !"pay".equals(single(parameters, "vnp_Command"))
                || !terminal.tmnCode().equals(single(parameters, "vnp_TmnCode"))) {
            return Optional.empty();
        }
        try {
            long amount = Long.parseLong(single(parameters, "vnp_Amount")) / 100;
            Instant expires = parse(single(parameters, "vnp_ExpireDate"));
            return Optional.of(new Checkout(single(parameters, "vnp_TxnRef"), amount,
                    single(parameters, "vnp_OrderInfo"), single(parameters, "vnp_ReturnUrl"), expires));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    /** The money is taken: remembered, so that querydr knows. */
    Transaction pay(String txnRef, long amountVnd, String orderInfo) {
        return remember(new Transaction(txnRef, transactionNo(), amountVnd, SUCCESS, SUCCESS, now(), orderInfo));
    }

    /** The resident cancelled on the payment page (VNPay: ResponseCode 24, status 02, no transaction number). */
    Transaction cancel(String txnRef, long amountVnd, String orderInfo) {
        return remember(new Transaction(txnRef, "0", amountVnd, CANCELLED, "02", now(), orderInfo));
    }

    /** A transaction as its notice would describe it, but unsaved (for notices VNPay itself would never send). */
    Transaction unrecorded(String txnRef, long amountVnd, String orderInfo) {
        return new Transaction(txnRef, transactionNo(), amountVnd, SUCCESS, SUCCESS, now(), orderInfo);
    }

    /** The parameters of its IPN and of the return URL, unsigned. */
    Map<String, String> notice(Transaction transaction) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("vnp_Amount", Long.toString(transaction.amountVnd() * 100));
        parameters.put("vnp_BankCode", BANK);
        if (transaction.succeeded()) {
            parameters.put("vnp_BankTranNo", "VNP" + transaction.transactionNo());
        }
        parameters.put("vnp_CardType", "ATM");
        parameters.put("vnp_OrderInfo", transaction.orderInfo() == null ? "" : transaction.orderInfo());
        parameters.put("vnp_PayDate", TIMESTAMP.format(transaction.payDate()));
        parameters.put("vnp_ResponseCode", transaction.responseCode());
        parameters.put("vnp_TmnCode", terminal.tmnCode());
        parameters.put("vnp_TransactionNo", transaction.transactionNo());
        parameters.put("vnp_TransactionStatus", transaction.transactionStatus());
        parameters.put("vnp_TxnRef", transaction.txnRef());
        return parameters;
    }

    /** The query string VNPay calls with: sorted, encoded, and its HMAC-SHA512 with this secret. */
    static String signedQuery(Map<String, String> parameters, String secret) {
        return VnPaySignature.hashData(parameters) + "&" + VnPaySignature.SECURE_HASH + "="
                + VnPaySignature.sign(secret, parameters);
    }

    /** Sends the IPN signed with the terminal's secret; the app's RspCode. */
    String sendIpn(Map<String, String> parameters) {
        return sendIpn(parameters, terminal.hashSecret());
    }

    String sendIpn(Map<String, String> parameters, String secret) {
        String rspCode = calls.get(PaymentEndpoints.VNPAY_IPN, signedQuery(parameters, secret));
        log.info("Payment sandbox: VNPay IPN for order {} (response {}) answered {}", parameters.get("vnp_TxnRef"),
                parameters.get("vnp_ResponseCode"), rspCode);
        return rspCode;
    }

    /** Where the resident's browser goes back to: the return URL with the signed notice. */
    String returnUrl(String returnUrl, Transaction transaction) {
        return returnUrl + (returnUrl.contains("?") ? "&" : "?") + signedQuery(notice(transaction),
                terminal.hashSecret());
    }

    /**
     * VNPay's answer to a {@code querydr} request (checksums as {@link VnPayQueryDr}): 97 for a bad checksum, 02 for
     * another terminal, 91 for a transaction it never saw, else 00 with the transaction.
     */
    Map<String, String> answerQuery(Map<String, String> request) {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("vnp_ResponseId", transactionNo() + transactionNo());
        answer.put("vnp_Command", VnPayQueryDr.COMMAND);
        answer.put("vnp_TmnCode", terminal.tmnCode());
        String txnRef = request.get("vnp_TxnRef");
        answer.put("vnp_TxnRef", txnRef);
        Transaction transaction = txnRef == null ? null : transactions.get(txnRef);
        if (!VnPayQueryDr.verify(terminal.hashSecret(), VnPayQueryDr.REQUEST_FIELDS, request)) {
            answer.put("vnp_ResponseCode", "97");
            answer.put("vnp_Message", "Invalid checksum");
        } else if (!VnPayQueryDr.COMMAND.equals(request.get("vnp_Command"))
                || !terminal.tmnCode().equals(request.get("vnp_TmnCode"))) {
            answer.put("vnp_ResponseCode", "02");
            answer.put("vnp_Message", "Merchant is not valid");
        } else if (transaction == null) {
            answer.put("vnp_ResponseCode", "91");
            answer.put("vnp_Message", "Transaction not found");
        } else {
            answer.put("vnp_ResponseCode", "00");
            answer.put("vnp_Message", "QueryDR Success");
            answer.put("vnp_Amount", Long.toString(transaction.amountVnd() * 100));
            answer.put("vnp_OrderInfo", transaction.orderInfo());
            answer.put("vnp_BankCode", BANK);
            answer.put("vnp_PayDate", TIMESTAMP.format(transaction.payDate()));
            answer.put("vnp_TransactionNo", transaction.transactionNo());
            answer.put("vnp_TransactionType", "01");
            answer.put("vnp_TransactionStatus", transaction.transactionStatus());
        }
        answer.put(VnPaySignature.SECURE_HASH, VnPayQueryDr.sign(terminal.hashSecret(), VnPayQueryDr.RESPONSE_FIELDS,
                answer));
        log.info("Payment sandbox: querydr for order {} answered {}", txnRef, answer.get("vnp_ResponseCode"));
        return answer;
    }

    Optional<Transaction> transaction(String txnRef) {
        return Optional.ofNullable(transactions.get(txnRef));
    }

    private Transaction remember(Transaction transaction) {
        transactions.put(transaction.txnRef(), transaction);
        return transaction;
    }

    private Instant now() {
        return clock.instant();
    }

    private static String transactionNo() {
        return Long.toString(ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L));
    }

    private static String single(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length != 1 ? null : values[0];
    }

    private static Instant parse(String timestamp) {
        return timestamp == null ? null : Instant.from(TIMESTAMP.parse(timestamp));
    }
}
