package vn.dvc.kiosk.payment.sandbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dvc.kiosk.payment.PaymentTestDossiers.FEE;
import static vn.dvc.kiosk.payment.PaymentTestDossiers.dossierCode;
import static vn.dvc.kiosk.payment.PaymentTestDossiers.submitDossier;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.FeeStatus;
import vn.dvc.kiosk.payment.PaymentMethod;
import vn.dvc.kiosk.payment.PaymentMismatch;
import vn.dvc.kiosk.payment.PaymentMismatches;
import vn.dvc.kiosk.payment.PaymentOrder;
import vn.dvc.kiosk.payment.PaymentStatus;
import vn.dvc.kiosk.payment.Payments;
import vn.dvc.kiosk.support.KioskBrowser;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * The sandbox bank's buttons, through the very method they call ({@link SandboxBank#run}): each sends real
 * notifications over HTTP into the app under test (real MariaDB), and the app's answers and the orders' states are
 * what a real gateway or bank would get.
 */
@KioskIntegrationTest
class PaymentSandboxIT {

    @LocalServerPort
    int port;

    @Autowired
    SandboxBank bank;

    @Autowired
    SandboxVnPay vnPay;

    @Autowired
    Payments payments;

    @Autowired
    PaymentMismatches mismatches;

    @Autowired
    Dossiers dossiers;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void payingAVnPayOrderSendsOneCorrectIpnAndTheDossierIsPaid() {
        String dossierCode = submitDossier(dossiers);
        PaymentOrder order = payments.open(dossierCode, FEE, PaymentMethod.VNPAY);
        assertThat(bank.pending()).extracting(PaymentOrder::orderRef).contains(order.orderRef());

        SandboxOutcome outcome = bank.run(order.orderRef(), SandboxScenario.PAY);

        assertThat(outcome.rspCodes()).containsExactly("00");
        assertThat(outcome.statusAfter()).isEqualTo(PaymentStatus.PAID);
        assertThat(notifications(order.orderRef())).containsExactly("IPN:CONFIRMED:00");
        assertThat(bank.pending()).extracting(PaymentOrder::orderRef).doesNotContain(order.orderRef());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                dossiers.byCode(dossierCode).orElseThrow().feeStatus()).isEqualTo(FeeStatus.PAID));
    }

    @Test
    void aWrongAmountIsRefusedWith04AndFlaggedForTheOfficersReport() {
        PaymentOrder order = payments.open(dossierCode(), FEE, PaymentMethod.VNPAY);

        SandboxOutcome outcome = bank.run(order.orderRef(), SandboxScenario.WRONG_AMOUNT);

        assertThat(outcome.rspCodes()).containsExactly("04");
        assertThat(outcome.statusAfter()).isEqualTo(PaymentStatus.PENDING);
        assertThat(reviewReason(order.orderRef())).startsWith("AMOUNT_MISMATCH").contains("7000.00 VND");
        assertThat(mismatches.list(1)).filteredOn(m -> order.orderRef().equals(m.orderRef())).singleElement()
                .satisfies(m -> assertThat(m.kind()).isEqualTo(PaymentMismatch.Kind.NEEDS_REVIEW));
    }

    @Test
    void theSameIpnTwiceIsAnsweredAlreadyConfirmedAndPaysOnce() {
        PaymentOrder order = payments.open(dossierCode(), FEE, PaymentMethod.VNPAY);

        SandboxOutcome outcome = bank.run(order.orderRef(), SandboxScenario.DUPLICATE);

        assertThat(outcome.rspCodes()).containsExactly("00", "02");
        assertThat(outcome.statusAfter()).isEqualTo(PaymentStatus.PAID);
        assertThat(confirmations(order.orderRef())).isEqualTo(1);
    }

    @Test
    void aForgedSignatureIsAnswered97AndChangesNothing() {
        PaymentOrder order = payments.open(dossierCode(), FEE, PaymentMethod.VNPAY);
        String before = paymentRow(order.orderRef());

        SandboxOutcome outcome = bank.run(order.orderRef(), SandboxScenario.FORGED);

        assertThat(outcome.rspCodes()).containsExactly("97");
        assertThat(paymentRow(order.orderRef())).isEqualTo(before);
    }

    @Test
    void aCancelledPaymentFailsTheOrder() {
        PaymentOrder order = payments.open(dossierCode(), FEE, PaymentMethod.VNPAY);

        SandboxOutcome outcome = bank.run(order.orderRef(), SandboxScenario.CANCEL);

        assertThat(outcome.rspCodes()).containsExactly("00");
        assertThat(outcome.statusAfter()).isEqualTo(PaymentStatus.FAILED);
    }

    @Test
    void aPaymentNotifiedAfterTheOrderClosedStillCountsAndIsReportedAsLateMoney() {
        PaymentOrder order = payments.open(dossierCode(), FEE, PaymentMethod.VNPAY);

        SandboxOutcome outcome = bank.run(order.orderRef(), SandboxScenario.LATE);

        assertThat(outcome.rspCodes()).containsExactly("00");
        assertThat(outcome.statusAfter()).isEqualTo(PaymentStatus.PAID);
        assertThat(notifications(order.orderRef())).containsExactly("IPN:PAID_LATE:00");
        assertThat(mismatches.list(1)).filteredOn(m -> order.orderRef().equals(m.orderRef()))
                .extracting(PaymentMismatch::kind).containsExactly(PaymentMismatch.Kind.LATE_MONEY);
    }

    @Test
    void aFailureArrivingAfterThePaymentIsAnswered02AndTheOrderStaysPaid() {
        PaymentOrder order = payments.open(dossierCode(), FEE, PaymentMethod.VNPAY);

        SandboxOutcome outcome = bank.run(order.orderRef(), SandboxScenario.OUT_OF_ORDER);

        assertThat(outcome.rspCodes()).containsExactly("00", "02");
        assertThat(outcome.statusAfter()).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void aLostIpnSendsNothingAndLeavesTheOrderToReconciliation() {
        PaymentOrder order = payments.open(dossierCode(), FEE, PaymentMethod.VNPAY);

        SandboxOutcome outcome = bank.run(order.orderRef(), SandboxScenario.LOST_NOTICE);

        assertThat(outcome.rspCodes()).isEmpty();
        assertThat(outcome.statusAfter()).isEqualTo(PaymentStatus.PENDING);
        assertThat(vnPay.transaction(order.orderRef())).hasValueSatisfying(t -> assertThat(t.succeeded()).isTrue());
    }

    @Test
    void aVietQrOrderIsPaidByTheBanksCreditNoticeOnce() {
        String dossierCode = submitDossier(dossiers);
        PaymentOrder order = payments.open(dossierCode, FEE, PaymentMethod.VIETQR);

        SandboxOutcome outcome = bank.run(order.orderRef(), SandboxScenario.DUPLICATE);

        assertThat(outcome.rspCodes()).containsExactly("00", "02");
        assertThat(outcome.statusAfter()).isEqualTo(PaymentStatus.PAID);
        assertThat(notifications(order.orderRef())).containsExactly("TRANSFER:CONFIRMED:00",
                "TRANSFER:ALREADY_FINAL:02");
        assertThat(payments.find(order.orderRef()).orElseThrow().providerTransactionNo()).startsWith("FT");
        assertThat(confirmations(order.orderRef())).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                dossiers.byCode(dossierCode).orElseThrow().feeStatus()).isEqualTo(FeeStatus.PAID));
    }

    @Test
    void vietQrTransfersThatAreWrongForgedLateOrTwiceAreHandledLikeIpns() {
        PaymentOrder wrong = payments.open(dossierCode(), FEE, PaymentMethod.VIETQR);
        assertThat(bank.run(wrong.orderRef(), SandboxScenario.WRONG_AMOUNT).rspCodes()).containsExactly("04");
        assertThat(payments.find(wrong.orderRef()).orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(reviewReason(wrong.orderRef())).startsWith("AMOUNT_MISMATCH");

        PaymentOrder forged = payments.open(dossierCode(), FEE, PaymentMethod.VIETQR);
        assertThat(bank.run(forged.orderRef(), SandboxScenario.FORGED).rspCodes()).containsExactly("97");
        assertThat(payments.find(forged.orderRef()).orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);

        PaymentOrder late = payments.open(dossierCode(), FEE, PaymentMethod.VIETQR);
        SandboxOutcome lateOutcome = bank.run(late.orderRef(), SandboxScenario.LATE);
        assertThat(lateOutcome.rspCodes()).containsExactly("00");
        assertThat(lateOutcome.statusAfter()).isEqualTo(PaymentStatus.PAID);
        assertThat(notifications(late.orderRef())).containsExactly("TRANSFER:PAID_LATE:00");

        PaymentOrder twice = payments.open(dossierCode(), FEE, PaymentMethod.VIETQR);
        SandboxOutcome twiceOutcome = bank.run(twice.orderRef(), SandboxScenario.PAID_TWICE);
        assertThat(twiceOutcome.rspCodes()).containsExactly("00", "00");
        assertThat(twiceOutcome.statusAfter()).isEqualTo(PaymentStatus.PAID);
        assertThat(reviewReason(twice.orderRef())).startsWith("PAID_TWICE").contains("refund due");
        assertThat(confirmations(twice.orderRef())).isEqualTo(1);
    }

    @Test
    void aPaymentTheDossierDoesNotShowAsPaidIsReportedOnceItIsNoLongerFresh() {
        PaymentOrder unknownDossier = payments.open(dossierCode(), FEE, PaymentMethod.VNPAY);
        String realDossier = submitDossier(dossiers);
        PaymentOrder known = payments.open(realDossier, FEE, PaymentMethod.VNPAY);
        assertThat(bank.run(unknownDossier.orderRef(), SandboxScenario.PAY).rspCodes()).containsExactly("00");
        assertThat(bank.run(known.orderRef(), SandboxScenario.PAY).rspCodes()).containsExactly("00");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                dossiers.byCode(realDossier).orElseThrow().feeStatus()).isEqualTo(FeeStatus.PAID));
        assertThat(mismatches.list(1)).as("the dossier's event may still be on its way")
                .noneMatch(m -> unknownDossier.orderRef().equals(m.orderRef()));

        jdbc.update("update payment set paid_at = paid_at - interval 10 minute where order_ref in (?, ?)",
                unknownDossier.orderRef(), known.orderRef());

        List<PaymentMismatch> found = mismatches.list(1);
        assertThat(found).filteredOn(m -> unknownDossier.orderRef().equals(m.orderRef()))
                .extracting(PaymentMismatch::kind).containsExactly(PaymentMismatch.Kind.DOSSIER_NOT_PAID);
        assertThat(found).noneMatch(m -> known.orderRef().equals(m.orderRef()));
    }

    @Test
    void eachMethodGetsOnlyTheNotificationsItsProviderSends() {
        assertThat(SandboxBank.scenariosFor(PaymentMethod.VNPAY)).contains(SandboxScenario.CANCEL,
                SandboxScenario.OUT_OF_ORDER, SandboxScenario.LOST_NOTICE).doesNotContain(SandboxScenario.PAID_TWICE);
        assertThat(SandboxBank.scenariosFor(PaymentMethod.VIETQR)).contains(SandboxScenario.PAID_TWICE)
                .doesNotContain(SandboxScenario.CANCEL, SandboxScenario.LOST_NOTICE);
    }

    @Test
    void theGatewayPageTakesOnlyACheckoutUrlSignedWithTheTerminalsSecret() {
        PaymentOrder order = payments.open(dossierCode(), FEE, PaymentMethod.VNPAY);
        URI checkout = payments.checkoutUrl(order.orderRef(), "10.0.0.7", Locale.of("vi"));

        assertThat(vnPay.checkout(query(checkout.getRawQuery()))).hasValueSatisfying(c -> {
            assertThat(c.txnRef()).isEqualTo(order.orderRef());
            assertThat(c.amountVnd()).isEqualTo(FEE);
            assertThat(c.orderInfo()).contains(order.dossierCode());
            assertThat(c.expiresAt()).isEqualTo(order.expiresAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        });
        assertThat(vnPay.checkout(query(checkout.getRawQuery().replace("vnp_Amount=800000", "vnp_Amount=80000"))))
                .isEmpty();
    }

    @Test
    void theSandboxEndpointAnswersQuerydrWhenItIsOn() throws Exception {
        HttpResponse<String> query = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + PaymentSandboxEnvironment.API_PATH)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"vnp_TxnRef\":\"X\",\"vnp_SecureHash\":\"00\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(query.statusCode()).isEqualTo(200);
        assertThat(query.body()).contains("\"vnp_ResponseCode\":\"97\"");
    }

    /**
     * In Chromium, as a tester would: the bank page lists the order, the sandbox's gateway page shows what the signed
     * checkout URL asks, "Pay" sends the IPN and sends the browser to the resident's return page, which shows the real
     * status. (The tests' terminal pays at VNPay's sandbox and returns to http://localhost/..., so the browser is sent
     * to this server's gateway page and its return URL is followed to this server's port.)
     */
    @Test
    void aTesterPaysAVnPayOrderThroughTheSandboxPagesInABrowser() {
        PaymentOrder order = payments.open(dossierCode(), FEE, PaymentMethod.VNPAY);
        String base = "http://localhost:" + port;
        try (KioskBrowser browser = new KioskBrowser()) {
            Page page = browser.newVisitor(KioskBrowser.Screen.TABLET);
            page.route("http://localhost/thanh-toan/**", route -> route.fulfill(new Route.FulfillOptions()
                    .setStatus(302).setHeaders(Map.of("Location", route.request().url()
                            .replace("http://localhost/", base + "/")))));
            page.navigate(base + "/" + SandboxRoutes.BANK);
            assertThat(page.locator("h1")).hasText("Ngân hàng giả lập");
            assertThat(page.locator("#sandbox-order-" + order.orderRef())).containsText(order.dossierCode());
            browser.screenshot(page, KioskBrowser.Screen.TABLET, "sandbox-01-bank");

            page.navigate(base + "/" + SandboxRoutes.GATEWAY + "?" + payments.checkoutUrl(order.orderRef(),
                    "127.0.0.1", Locale.of("vi")).getRawQuery());

            assertThat(page.locator("#gateway-order")).hasText(order.orderRef());
            assertThat(page.locator("#gateway-amount")).hasText("8.000 đồng");
            browser.screenshot(page, KioskBrowser.Screen.TABLET, "sandbox-02-gateway");

            page.locator("#gateway-pay").click();

            assertThat(page.locator("#return-status")).hasText("Đã thanh toán. Cảm ơn bạn!");
            browser.screenshot(page, KioskBrowser.Screen.TABLET, "sandbox-03-return");
            org.assertj.core.api.Assertions.assertThat(payments.find(order.orderRef()).orElseThrow().status())
                    .isEqualTo(PaymentStatus.PAID);

            // a tampered checkout URL is refused by the gateway page
            String other = payments.open(dossierCode(), FEE, PaymentMethod.VNPAY).orderRef();
            page.navigate(base + "/" + SandboxRoutes.GATEWAY + "?" + payments.checkoutUrl(other, "127.0.0.1",
                    Locale.of("vi")).getRawQuery().replace("vnp_Amount=800000", "vnp_Amount=100"));
            assertThat(page.locator("#gateway-problem")).isVisible();
            assertThat(page.locator("#gateway-pay")).hasCount(0);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, List<String>> query(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            String[] nameValue = pair.split("=", 2);
            parameters.computeIfAbsent(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8), n -> new ArrayList<>())
                    .add(URLDecoder.decode(nameValue.length > 1 ? nameValue[1] : "", StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private List<String> notifications(String orderRef) {
        return jdbc.queryForList("select concat(source, ':', outcome, ':', rsp_code) from payment_notification "
                + "where order_ref = ? order by id", String.class, orderRef);
    }

    private String reviewReason(String orderRef) {
        return jdbc.queryForObject("select review_reason from payment where order_ref = ?", String.class, orderRef);
    }

    private String paymentRow(String orderRef) {
        return jdbc.queryForMap("select * from payment where order_ref = ?", orderRef).toString();
    }

    private int confirmations(String orderRef) {
        // one publication per listener: the dossier's fee listener must have been told exactly once (the dashboard
        // listens too)
        return jdbc.queryForObject("""
                select count(*) from event_publication where event_type = 'vn.dvc.kiosk.payment.PaymentConfirmed'
                   and serialized_event like concat('%', ?, '%')
                   and listener_id like '%DossierFees%'""", Integer.class, orderRef);
    }
}
