package vn.dvc.kiosk.payment.sandbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.microsoft.playwright.Page;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import vn.dvc.kiosk.payment.BankTransferProperties;
import vn.dvc.kiosk.payment.VnPayProperties;
import vn.dvc.kiosk.support.KioskBrowser;
import vn.dvc.kiosk.support.StaffSteps;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * With the sandbox off (as on every real kiosk) its pages and its querydr endpoint do not exist, and it supplies
 * nothing. A second application (and database) of its own, closed afterwards.
 */
@KioskIntegrationTest
@TestPropertySource(properties = "kiosk.payment.sandbox.enabled=false")
@DirtiesContext
class SandboxDisabledIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    ServletContext servletContext;

    @Autowired
    VnPayProperties terminal;

    @Autowired
    BankTransferProperties bankTransfers;

    @Test
    void theSandboxPagesAreNotRoutesAndABrowserGetsTheNotFoundPage() {
        RouteConfiguration routes = RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(
                new VaadinServletContext(servletContext)));
        assertThat(routes.isPathAvailable(SandboxRoutes.BANK)).isFalse();
        assertThat(routes.isPathAvailable(SandboxRoutes.GATEWAY)).isFalse();
        assertThat(routes.isPathAvailable("thanh-toan/vnpay")).as("the resident's return page is the app's own")
                .isTrue();

        try (KioskBrowser browser = new KioskBrowser()) {
            // an unknown address asks a visitor to sign in (staff sign-in: nothing is said about what is there) ...
            Page visitor = browser.newVisitor(KioskBrowser.Screen.TABLET);
            for (String path : new String[] {SandboxRoutes.BANK, SandboxRoutes.GATEWAY}) {
                visitor.navigate("http://localhost:" + port + "/" + path);
                assertThat(visitor.locator("#sign-in-form")).isVisible();
                assertThat(visitor.locator("#sandbox-orders")).hasCount(0);
                assertThat(visitor.locator("#gateway-pay")).hasCount(0);
            }
            // ... and signed in, it is simply not found
            Page page = browser.newVisitor(KioskBrowser.Screen.TABLET);
            StaffSteps.signIn(page, "http://localhost:" + port, StaffSteps.ADMIN);
            for (String path : new String[] {SandboxRoutes.BANK, SandboxRoutes.GATEWAY}) {
                page.navigate("http://localhost:" + port + "/" + path);
                assertThat(page.locator("body")).containsText("Could not navigate to '" + path + "'");
                assertThat(page.locator("#sandbox-orders")).hasCount(0);
                assertThat(page.locator("#gateway-pay")).hasCount(0);
            }
        }
    }

    @Test
    void theSandboxQueryEndpointIsNotThere() throws Exception {
        HttpResponse<String> query = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + PaymentSandboxEnvironment.API_PATH)).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"vnp_TxnRef\":\"X\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        // no controller: the request falls through to Vaadin's page, never a querydr answer
        assertThat(query.headers().firstValue("Content-Type").orElse("")).doesNotContain("json");
        assertThat(query.body()).doesNotContain("vnp_ResponseCode");
    }

    @Test
    void nothingOfTheSandboxIsMadeOrSupplied() {
        assertThat(context.getBeanNamesForType(SandboxBank.class)).isEmpty();
        assertThat(context.getBeanNamesForType(SandboxVnPay.class)).isEmpty();
        assertThat(context.getBeanNamesForType(SandboxRoutes.class)).isEmpty();
        assertThat(context.getBeanNamesForType(SandboxQueryController.class)).isEmpty();
        assertThat(terminal.tmnCode()).isEqualTo("KIOSKT01");
        assertThat(bankTransfers.configured()).isFalse();
    }
}
