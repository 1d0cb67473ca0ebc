package vn.dvc.kiosk.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.dvc.kiosk.catalog.Catalog;
import vn.dvc.kiosk.kiosk.KioskProfile;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * A kiosk whose profile offers two procedures shows residents those two and nothing else; one that offers only
 * Vietnamese has no language switch, and a volume of 0 reaches the page (which then hides reading aloud).
 */
@KioskIntegrationTest
@TestPropertySource(properties = { "kiosk.profile.id=KIOSK-00070-TEST", "kiosk.profile.commune-code=00070",
        "kiosk.profile.enabled-procedures=1.001193, 1.000894", "kiosk.profile.languages=vi",
        "kiosk.profile.volume=0" })
class KioskProfileCatalogViewsTest extends SpringBrowserlessTest {

    @LocalServerPort
    int port;
    @Autowired
    KioskProfile profile;
    @Autowired
    Catalog catalog;

    @Test
    void theProfileIsTheKiosksAndTheCatalogIsStillWhole() {
        assertThat(profile.isKiosk()).isTrue();
        assertThat(profile.enabledProcedures()).containsExactlyInAnyOrder("1.001193", "1.000894");
        // staff screens and figures keep the whole catalog
        assertThat(catalog.all()).hasSizeGreaterThan(2);
    }

    @Test
    void homeShowsOnlyTheLifeEventsOfTheOfferedProcedures() {
        navigate(HomeView.class);

        List<RouterLink> tiles = find(RouterLink.class).withClassName("life-event-tile").all();
        assertThat(tiles).extracting(RouterLink::getId).extracting(java.util.Optional::orElseThrow)
                .containsExactly("event-khai-sinh", "event-ket-hon");
        assertThat(tiles).allSatisfy(tile -> assertThat(tile.getElement().getTextRecursively()).contains("1 thủ tục"));
    }

    @Test
    void aLifeEventListsOnlyTheOfferedProcedure() {
        navigate("viec/khai-sinh", LifeEventView.class);

        assertThat(find(Span.class).withClassName("procedure-card-name").all()).extracting(Span::getText)
                .containsExactly("Đăng ký khai sinh");
    }

    @Test
    void searchFindsOnlyOfferedProcedures() {
        navigate(SearchView.class);

        test(find(TextField.class).withId("search-field").single()).setValue("dang ky");

        assertThat(find(Span.class).withClassName("procedure-card-name").all()).extracting(Span::getText)
                .containsExactlyInAnyOrder("Đăng ký khai sinh", "Đăng ký kết hôn");
    }

    @Test
    void aKioskOfferingOnlyVietnameseHasNoLanguageSwitch() {
        navigate(HomeView.class);

        assertThat(find(Button.class).withId("lang-en").exists()).isFalse();
        assertThat(find(Button.class).withId("lang-vi").exists()).isFalse();
        assertThat(find(Button.class).withId("help").exists()).isTrue();
    }

    @Test
    void thePageCarriesTheKiosksReadAloudVolume() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            String page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();

            assertThat(page).contains("data-speech-volume=\"0\"").contains("lang=\"vi\"");
        }
    }

    @Test
    void aProcedureNotOfferedHereIsNotShownByItsAddress() {
        navigate("thu-tuc/1.004222", ProcedureView.class);

        assertThat(find(Paragraph.class).single().getText()).contains("Không tìm thấy thủ tục này");
    }
}
