package vn.dvc.kiosk.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * The headers every answer carries, resident page and API alike, and that a state-changing request outside
 * {@code /api/} needs its CSRF token once staff are signed in (a form, signing out), and a Vaadin UIDL request
 * without the UI's security key is not applied.
 */
@KioskIntegrationTest
class SecurityHeadersAndCsrfIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void residentPagesAndApiAnswersCarryTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/tra-cuu", "/api/dossiers/NOPE/status?idLast4=0000",
                "/api/payments/vnpay/ipn", "/actuator/health")) {
            HttpResponse<String> response = get(path);

            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("SAMEORIGIN");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(response.headers().firstValue("Cache-Control").orElse("")).as(path).contains("no-store");
        }
    }

    @Test
    void signedInStaffCannotBeMadeToPostAFormOrSignOutWithoutTheToken() throws Exception {
        // the sign-in form itself is left out of CSRF protection by Vaadin's security configurer (login CSRF could
        // only sign a victim into the attacker's own staff account); everything a signed-in session posts needs it
        HttpClient browser = browser();
        String csrf = metaCsrf(send(browser, "/dang-nhap", null).body());
        String form = "username=quantri&password=" + URLEncoder.encode("quantri-demo-2026", StandardCharsets.UTF_8);
        HttpResponse<String> signIn = send(browser, "/dang-nhap", form + "&_csrf=" + csrf);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/lam-viec"));
        assertThat(send(browser, "/lam-viec", null).statusCode()).isEqualTo(200);

        assertThat(send(browser, "/lam-viec", "a=b").statusCode()).as("a form without its token").isEqualTo(403);
        assertThat(send(browser, "/logout", "").statusCode()).as("signing out without the token").isEqualTo(403);
        assertThat(send(browser, "/lam-viec", null).statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void aVaadinRequestWithoutTheUisSecurityKeyIsNotApplied() throws Exception {
        // Vaadin's own CSRF protection for its UIDL requests (which Spring's CSRF filter leaves to it): every request
        // must carry the security key its UI was given
        HttpClient browser = browser();
        String init = send(browser, "/?v-r=init&location=tra-cuu", null).body();
        Matcher key = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"").matcher(init);
        assertThat(key.find()).as("the UI's key in " + init).isTrue();

        HttpResponse<String> forged = uidl(browser, "forged");
        HttpResponse<String> genuine = uidl(browser, key.group(1));

        assertThat(forged.body()).contains("appError").contains("\"syncId\":-1");
        assertThat(genuine.body()).doesNotContain("appError");
    }

    private HttpResponse<String> uidl(HttpClient browser, String securityKey) throws Exception {
        String body = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}";
        return browser.send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A client that keeps its cookies (the session), like a browser, and does not follow redirects. */
    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** GET, or POST of this form. */
    private HttpResponse<String> send(HttpClient browser, String path, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The token Vaadin puts in every page for forms (meta name="_csrf"). */
    private static String metaCsrf(String page) {
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("a CSRF token in the sign-in page").isTrue();
        return token.group(1);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
