package vn.dvc.kiosk.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.dvc.kiosk.catalog.Catalog;
import vn.dvc.kiosk.kiosk.KioskProfile;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/** A kiosk whose profile offers two procedures shows residents those two and nothing else. */
@KioskIntegrationTest
@TestPropertySource(properties = { "kiosk.profile.id=KIOSK-00070-TEST", "kiosk.profile.commune-code=00070",
        "kiosk.profile.enabled-procedures=1.001193, 1.000894" })
class KioskProfileCatalogViewsTest extends SpringBrowserlessTest {

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
    void aProcedureNotOfferedHereIsNotShownByItsAddress() {
        navigate("thu-tuc/1.004222", ProcedureView.class);

        assertThat(find(Paragraph.class).single().getText()).contains("Không tìm thấy thủ tục này");
    }
}
