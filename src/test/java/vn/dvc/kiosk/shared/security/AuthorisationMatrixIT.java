package vn.dvc.kiosk.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.Principal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.context.WebApplicationContext;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * Who may open which screen: every route Vaadin has registered (so a new screen cannot be forgotten) for anonymous
 * residents and each staff role, against the one table below; then each route over real HTTP without signing in
 * (resident screens open, staff screens send to the sign-in page), and the machine endpoints: only health and info
 * of the actuator are open, {@code /api/**} is open but proves itself by signatures and digits.
 */
@KioskIntegrationTest
class AuthorisationMatrixIT {

    /** Who is asking: an anonymous resident, or staff signed in with one role. */
    enum Who { ANONYMOUS, OFFICER, ADVISOR, LEADER, ADMIN }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> ANY_STAFF = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));

    /** The expected table: route template → who may open it. */
    private static final Map<String, Set<Who>> EXPECTED = Map.ofEntries(
            // residents (kiosk, tablet, phone): nobody signs in
            Map.entry("", EVERYONE),
            Map.entry("tim-kiem", EVERYONE),
            Map.entry("viec/:event", EVERYONE),
            Map.entry("thu-tuc/:code", EVERYONE),
            Map.entry("dinh-danh", EVERYONE),
            Map.entry("dinh-danh/camera", EVERYONE),
            Map.entry("dinh-danh/camera-may", EVERYONE),
            Map.entry("dinh-danh/nhap-tay", EVERYONE),
            Map.entry("dinh-danh/xac-nhan", EVERYONE),
            Map.entry("dinh-danh/xong", EVERYONE),
            Map.entry("nop-ho-so/:code/dong-y", EVERYONE),
            Map.entry("nop-ho-so/:code/cau-hoi/:n", EVERYONE),
            Map.entry("nop-ho-so/:code/giay-to/:n", EVERYONE),
            Map.entry("nop-ho-so/:code/nhan-ket-qua", EVERYONE),
            Map.entry("nop-ho-so/:code/kiem-tra", EVERYONE),
            Map.entry("nop-ho-so/:code/tam-dung", EVERYONE),
            Map.entry("tiep-tuc", EVERYONE),
            Map.entry("bien-nhan/:token", EVERYONE),
            Map.entry("thanh-toan/:token", EVERYONE),
            Map.entry("thanh-toan/vnpay", EVERYONE),
            Map.entry("tra-cuu", EVERYONE),
            Map.entry("tra-cuu/quet-ma", EVERYONE),
            Map.entry("theo-doi/:token", EVERYONE),
            Map.entry("bo-sung/:token", EVERYONE),
            Map.entry("bo-sung/:token/da-gui", EVERYONE),
            Map.entry("dang-nhap", EVERYONE),
            // the fake bank and VNPay pages: registered only while kiosk.payment.sandbox.enabled (tests, demos)
            Map.entry("sandbox/ngan-hang", EVERYONE),
            Map.entry("sandbox/vnpay", EVERYONE),
            // staff
            Map.entry("lam-viec", ANY_STAFF),
            Map.entry("can-bo/ho-so", EnumSet.of(Who.OFFICER)),
            Map.entry("can-bo/ho-so/:code", EnumSet.of(Who.OFFICER)),
            Map.entry("can-bo/tiep-nhan-truc-tiep", EnumSet.of(Who.OFFICER)),
            Map.entry("can-bo/doi-soat-thanh-toan", EnumSet.of(Who.OFFICER, Who.ADMIN)),
            Map.entry("tu-van", EnumSet.of(Who.ADVISOR)),
            Map.entry("tu-van/ho-so", EnumSet.of(Who.ADVISOR)),
            Map.entry("tu-van/ho-so/:code", EnumSet.of(Who.ADVISOR)),
            Map.entry("tu-van/cong-dan-so", EnumSet.of(Who.ADVISOR)),
            Map.entry("tu-van/cong-dan-so/dong-y", EnumSet.of(Who.ADVISOR)),
            Map.entry("tu-van/cong-dan-so/nguoi-dan/:parameter", EnumSet.of(Who.ADVISOR)),
            Map.entry("tu-van/cong-dan-so/hoan-thanh/:parameter", EnumSet.of(Who.ADVISOR)),
            Map.entry("tu-van/chien-dich", EnumSet.of(Who.ADVISOR, Who.LEADER)),
            Map.entry("lanh-dao/bang-dieu-hanh", EnumSet.of(Who.LEADER)),
            Map.entry("quan-tri/hop-thu", EnumSet.of(Who.ADMIN)),
            Map.entry("quan-tri/may-kiosk", EnumSet.of(Who.ADMIN)));

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext web;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void everyRegisteredScreenIsOpenToExactlyWhoTheTableSays() throws Exception {
        get("/"); // the Vaadin service starts on the first request
        List<RouteData> routes = routes();
        AccessAnnotationChecker checker = new AccessAnnotationChecker();

        Map<String, Set<Who>> actual = new TreeMap<>();
        for (RouteData route : routes) {
            Set<Who> allowed = EnumSet.noneOf(Who.class);
            for (Who who : Who.values()) {
                if (checker.hasAccess(route.getNavigationTarget(), principal(who),
                        role -> who != Who.ANONYMOUS && who.name().equals(role))) {
                    allowed.add(who);
                }
            }
            actual.put(template(route), allowed);
        }

        System.out.println("[security] authorisation matrix: " + actual.size() + " routes × " + Who.values().length
                + " callers = " + actual.size() * Who.values().length + " checks");
        assertThat(actual.keySet()).as("the routes (a new screen must be added to the table)")
                .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
        actual.forEach((template, allowed) -> assertThat(allowed).as(template).isEqualTo(EXPECTED.get(template)));
    }

    @Test
    void overHttpResidentScreensAreOpenAndStaffScreensAskToSignIn() throws Exception {
        get("/");
        List<String> wrong = new ArrayList<>();
        for (RouteData route : routes()) {
            String path = "/" + template(route).replaceAll(":[a-zA-Z_]+", "1");
            HttpResponse<String> response = get(path);
            boolean resident = EXPECTED.getOrDefault(template(route), Set.of()).contains(Who.ANONYMOUS);
            boolean ok = resident ? response.statusCode() == 200
                    : response.statusCode() == 302 && response.headers().firstValue("Location").orElse("")
                            .contains("/dang-nhap");
            if (!ok) {
                wrong.add(path + " -> " + response.statusCode() + " " + response.headers().firstValue("Location")
                        .orElse(""));
            }
        }

        assertThat(wrong).isEmpty();
    }

    @Test
    void onlyHealthAndInfoOfTheActuatorAreOpen() throws Exception {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/info").statusCode()).isEqualTo(200);
        for (String closed : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops",
                "/actuator/heapdump", "/actuator/threaddump", "/actuator/loggers", "/actuator/metrics",
                "/actuator/mappings", "/actuator/shutdown")) {
            HttpResponse<String> response = get(closed);
            assertThat(response.statusCode()).as(closed).isIn(302, 401, 403, 404);
            assertThat(response.body()).as(closed).doesNotContain("hash-secret", "TEST-ONLY-NOT-A-VNPAY-SECRET",
                    "password");
        }
    }

    @Test
    void theMachineEndpointsAreReachableWithoutSigningInAndAskForTheirProof() throws Exception {
        // reachable (no redirect to the sign-in page), but nothing is given without a signature or the right digits
        assertThat(get("/api/payments/vnpay/ipn").body()).contains("\"RspCode\":\"97\"");
        assertThat(get("/api/dossiers/NOPE/status?idLast4=0000").statusCode()).isEqualTo(404);
    }

    private List<RouteData> routes() {
        return ApplicationRouteRegistry.getInstance(new VaadinServletContext(web.getServletContext()))
                .getRegisteredRoutes().stream()
                // the test classpath's own fixture pages (kiem-thu/...) exist only in the tests
                .filter(route -> !route.getTemplate().startsWith("kiem-thu/"))
                .sorted((a, b) -> template(a).compareTo(template(b)))
                .collect(Collectors.toList());
    }

    /** The template as the table writes it: a view's URL parameter ({@code HasUrlParameter}) as ":parameter". */
    private static String template(RouteData route) {
        String template = route.getTemplate();
        int parameter = template.indexOf(":___url_parameter");
        return parameter < 0 ? template : template.substring(0, parameter) + ":parameter";
    }

    private static Principal principal(Who who) {
        return who == Who.ANONYMOUS ? null : () -> who.name().toLowerCase();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
