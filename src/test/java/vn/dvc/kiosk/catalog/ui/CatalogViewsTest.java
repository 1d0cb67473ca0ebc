package vn.dvc.kiosk.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/** The resident screens of the catalog, driven without a browser. */
@KioskIntegrationTest
class CatalogViewsTest extends SpringBrowserlessTest {

    @Test
    void homeOffersTenLifeEventsAndSearchInVietnamese() {
        navigate(HomeView.class);

        List<RouterLink> tiles = find(RouterLink.class).withClassName("life-event-tile").all();
        assertThat(tiles).hasSize(10);
        assertThat(find(H1.class).single().getText()).isEqualTo("Bạn cần làm thủ tục gì?");
        assertThat(find(RouterLink.class).withId("search-entry").single().getElement().getTextRecursively())
                .contains("Tìm thủ tục");
        assertThat(tiles.getFirst().getElement().getTextRecursively()).contains("Khai sinh").contains("4 thủ tục");
    }

    @Test
    void aLifeEventListsItsProcedures() {
        navigate("viec/khai-sinh", LifeEventView.class);

        List<String> names = find(Span.class).withClassName("procedure-card-name").all().stream()
                .map(Span::getText).toList();
        assertThat(names).hasSize(4).first().isEqualTo("Đăng ký khai sinh");
    }

    @Test
    void anUnknownLifeEventSaysSoKindly() {
        navigate("viec/khong-co", LifeEventView.class);

        assertThat(find(Paragraph.class).single().getText()).contains("quay về trang chủ");
    }

    @Test
    void searchWithoutAccentsPutsTheBestMatchFirst() {
        navigate(SearchView.class);

        test(find(TextField.class).withId("search-field").single()).setValue("dang ky khai sinh");

        List<Span> names = find(Span.class).withClassName("procedure-card-name").all();
        assertThat(names).isNotEmpty();
        assertThat(names.getFirst().getText()).isEqualTo("Đăng ký khai sinh");
        assertThat(find(Paragraph.class).withId("search-summary").single().getText()).endsWith("thủ tục phù hợp");
    }

    @Test
    void searchThatFindsNothingSuggestsWhatToDo() {
        navigate(SearchView.class);

        test(find(TextField.class).withId("search-field").single()).setValue("qwxz");

        assertThat(find(Paragraph.class).withId("search-summary").single().getText())
                .contains("Chưa tìm thấy").contains("qwxz");
    }

    @Test
    void procedurePageShowsFeeTimeDocumentsAndChannels() {
        navigate("thu-tuc/1.001193", ProcedureView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Đăng ký khai sinh");
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("Miễn phí").contains("Trong ngày làm việc").contains("Giấy chứng sinh")
                .contains("Bản chính").contains("Làm trọn trực tuyến").contains("Nếu nộp bây giờ, dự kiến có kết quả ngày")
                .contains("Qua bưu điện");
    }

    @Test
    void counterOnlyProcedureSaysWhereToGo() {
        navigate("thu-tuc/2.000884", ProcedureView.class);

        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Chỉ làm tại quầy")
                .contains("chưa nộp trực tuyến được");
    }

    @Test
    void unknownProcedureSaysSoKindly() {
        navigate("thu-tuc/0.000000", ProcedureView.class);

        assertThat(find(Paragraph.class).single().getText()).contains("Không tìm thấy thủ tục này");
    }
}
