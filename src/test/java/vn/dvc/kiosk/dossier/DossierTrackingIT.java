package vn.dvc.kiosk.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dvc.kiosk.calendar.ProcessingPeriod;
import vn.dvc.kiosk.shared.web.LookupRateLimiter;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * Finding a dossier by its code and the applicant's last four ID digits, on the screen's service and over HTTP for
 * other channels; the HTTP answers are limited per client (the test spends 127.0.0.1's allowance, then gives it
 * back for the other tests).
 */
@KioskIntegrationTest
class DossierTrackingIT {

    @LocalServerPort
    int port;

    @Autowired
    Dossiers dossiers;

    @Autowired
    LookupRateLimiter limiter;

    @AfterEach
    void giveTheAllowanceBack() {
        limiter.forget("127.0.0.1");
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theApplicantFindsTheirDossierByCodeAndIdDigitsAndNobodyCanTryCodesForever() throws Exception {
        SubmittedDossier submitted = dossiers.submit(new DossierApplication("T." + UUID.randomUUID().toString()
                .substring(0, 8), "Gia hạn tạm trú", ProcessingPeriod.workingDays(3),
                new Applicant("001090012345", "Nguyễn Văn An", LocalDate.of(1990, 8, 15), "Nam", null),
                List.of(), ResultDelivery.COUNTER, null, null, null, SubmissionChannel.ONLINE, 5_000L, null, null,
                List.of()));

        assertThat(dossiers.track(submitted.code(), "2345")).get().satisfies(found -> {
            assertThat(found.trackingToken()).isEqualTo(submitted.trackingToken());
            assertThat(found.view().status().residentStep()).isEqualTo(DossierStatus.ResidentStep.SUBMITTED);
        });
        assertThat(dossiers.track(submitted.code().toLowerCase(), " 2345 ")).isPresent();
        assertThat(dossiers.track(submitted.code(), "2346")).isEmpty();
        assertThat(dossiers.track(submitted.code(), "12345")).isEmpty();
        assertThat(dossiers.track("000.00.00.H01-000101-0001", "2345")).isEmpty();

        HttpResponse<String> found = get(submitted.code(), "2345");
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("\"status\":\"NEWLY_REGISTERED\"", "\"portalStatusCode\":1",
                "\"residentStep\":\"SUBMITTED\"", "\"feeStatus\":\"DUE\"")
                .doesNotContain("001090012345", "Nguyễn");
        assertThat(get(submitted.code(), "9999").statusCode()).isEqualTo(404);

        int calls = 2;
        int answer;
        do {
            answer = get(submitted.code(), "9999").statusCode();
            calls++;
        } while (answer == 404 && calls < 50);
        assertThat(answer).isEqualTo(429);
        assertThat(calls).isLessThanOrEqualTo(11);
        assertThat(get(submitted.code(), "2345").statusCode()).as("right digits are limited too").isEqualTo(429);
    }

    private HttpResponse<String> get(String code, String digits) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/dossiers/" + code
                + "/status?idLast4=" + digits)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
