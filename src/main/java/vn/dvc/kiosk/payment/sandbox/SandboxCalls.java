package vn.dvc.kiosk.payment.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sandbox calling this app the way VNPay and a bank would: real HTTP requests to its notification endpoints,
 * answered with the RspCode the app gave.
 */
@Component
@ConditionalOnBooleanProperty(PaymentSandboxEnvironment.ENABLED)
class SandboxCalls {

    private static final Logger log = LoggerFactory.getLogger(SandboxCalls.class);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final SandboxProperties properties;
    private final Environment environment;
    private final JsonMapper json;

    SandboxCalls(SandboxProperties properties, Environment environment, JsonMapper json) {
        this.properties = properties;
        this.environment = environment;
        this.json = json;
    }

    /** {@code GET path?query}; the RspCode answered. */
    String get(String path, String query) {
        return send(HttpRequest.newBuilder(uri(path + "?" + query)).GET());
    }

    /** {@code POST path} with a JSON body and one header; the RspCode answered. */
    String postJson(String path, byte[] body, String header, String value) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").header(header, value)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode answer = json.readTree(response.body());
            JsonNode code = answer == null ? null : answer.get("RspCode");
            return code == null || code.isNull() ? "HTTP " + response.statusCode() : code.asString();
        } catch (IOException | RuntimeException failed) {
            log.warn("Payment sandbox: calling the app failed: {}", failed.toString());
            return "ERROR";
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return "ERROR";
        }
    }

    private URI uri(String pathAndQuery) {
        String base = properties.appUrl();
        if (base == null) {
            String port = environment.getProperty("local.server.port", environment.getProperty("server.port",
                    "8080"));
            base = "http://localhost:" + port;
        }
        return URI.create(base + pathAndQuery);
    }
}
