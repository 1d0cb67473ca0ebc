package vn.dvc.kiosk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * An address the app refuses before Vaadin sees it (Spring Security's firewall refuses a double slash) shows a browser
 * our own page in Vietnamese and English with a big way home, not Spring's "Whitelabel Error Page".
 */
@KioskIntegrationTest
class FriendlyErrorPageIT {

    @LocalServerPort
    int port;

    @Test
    void aRefusedAddressGetsAPlainPageWithTheWayHome() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "//dang-nhap")).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(page.body()).contains("Không mở được trang này", "id=\"error-home\" href=\"/\"",
                    "Về trang chủ", "Back to the home screen").doesNotContain("Whitelabel");
        }
    }
}
