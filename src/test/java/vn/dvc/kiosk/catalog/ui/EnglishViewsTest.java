package vn.dvc.kiosk.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/** English is the second language: every resident text has a translation. */
@KioskIntegrationTest
class EnglishViewsTest extends SpringBrowserlessTest {

    @BeforeEach
    void english() {
        navigate(SearchView.class); // the session is fully initialised (in Vietnamese) by a first visit
        UI.getCurrent().getSession().setLocale(KioskLocales.ENGLISH);
    }

    @Test
    void homeInEnglish() {
        navigate(HomeView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("What do you need to do?");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Birth").contains("Find a procedure");
    }

    @Test
    void procedureInEnglish() {
        navigate("thu-tuc/1.001193", ProcedureView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Birth registration");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Free").contains("Same working day")
                .contains("Fully online");
    }
}
