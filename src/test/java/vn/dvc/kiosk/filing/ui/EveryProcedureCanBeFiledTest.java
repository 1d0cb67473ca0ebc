package vn.dvc.kiosk.filing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dvc.kiosk.catalog.Catalog;
import vn.dvc.kiosk.catalog.FormField;
import vn.dvc.kiosk.catalog.Procedure;
import vn.dvc.kiosk.identity.ResidentIdentity;
import vn.dvc.kiosk.identity.scan.CardImageCorpus;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * "Any procedure in the seed catalog can be filed end to end by touch alone": for every procedure that can be filed
 * online, a resident taps through consent, every question, every document (photographed with the kiosk camera, or
 * skipped when optional), the review and the delivery choice, and gets a receipt with a dossier code.
 */
@KioskIntegrationTest
class EveryProcedureCanBeFiledTest extends SpringBrowserlessTest {

    private static final Path PAGE_FRAME = Path.of("target", "test-camera-frames", "zz-document-page.png");

    @Autowired
    Catalog catalog;

    @Autowired
    ResidentIdentity identity;

    @BeforeAll
    static void aPaperUnderTheKioskCamera() {
        CardImageCorpus.writeCardPng(PAGE_FRAME, CardImageCorpus.ID_CARD_PAYLOAD, 1280, 720);
    }

    @AfterAll
    static void takeThePaperAway() throws IOException {
        Files.deleteIfExists(PAGE_FRAME);
    }

    /** Read from the seed itself, so that a procedure added to it is covered without touching this test. */
    static Stream<String> fileableProcedures() throws IOException {
        JsonNode seed = JsonMapper.builder().build()
                .readTree(Files.readString(Path.of("src/main/resources/data/procedures/catalog-seed.json")));
        List<String> codes = new ArrayList<>();
        for (JsonNode procedure : seed.get("procedures")) {
            if (!"NONE".equals(procedure.get("onlineMode").asString())) {
                codes.add(procedure.get("code").asString());
            }
        }
        assertThat(codes).hasSizeGreaterThan(25);
        return codes.stream();
    }

    @ParameterizedTest
    @MethodSource("fileableProcedures")
    void isFiledByTouchAlone(String code) {
        Procedure procedure = catalog.procedure(code).orElseThrow();
        identity.confirm(FilingViewsTest.AN);
        navigate("nop-ho-so/" + code + "/dong-y", ConsentView.class);
        tap("consent-agree");

        List<FormField> fields = procedure.getFormFields();
        for (int n = 1; n <= fields.size(); n++) {
            assertThat(getCurrentView()).as("question %d of %s", n, code).isInstanceOf(QuestionView.class);
            answer(fields.get(n - 1));
            tap("question-next");
        }
        for (int guard = 0; getCurrentView() instanceof DocumentsView; guard++) {
            assertThat(guard).as("documents of %s", code).isLessThan(20);
            if (exists("document-skip")) {
                tap("document-skip");
            } else {
                tap("capture-kiosk");
                tap("document-next");
            }
        }
        assertThat(getCurrentView()).as("review of %s", code).isInstanceOf(ReviewView.class);
        tap("review-next");
        assertThat(getCurrentView()).as("delivery of %s", code).isInstanceOf(DeliveryView.class);
        tap("submit");
        if (getCurrentView() instanceof PayFeeView) {
            // a fee to pay: this resident chooses the counter (paying online has its own journey)
            test(find(NativeButton.class).withId("pay-counter").single()).click();
        }

        assertThat(getCurrentView()).as("receipt of %s", code).isInstanceOf(ReceiptView.class);
        assertThat(find(H1.class).withId("dossier-code").single().getText()).matches("[0-9A-Z.]+-\\d{6}-\\d{4,}");
    }

    /** What a resident would choose or type on the on-screen keys for this kind of question. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void answer(FormField field) {
        Component answer = find(Component.class).withId("answer").single();
        if (answer.getClassNames().contains("answer-list")) {
            RadioButtonGroup<String> list = find(RadioButtonGroup.class).withId("answer-choices").single();
            test(list).selectItem(list.getListDataView().getItem(0));
        } else if (answer instanceof Div) {
            ((Select<Integer>) find(Select.class).withId("answer-day").single()).setValue(2);
            ((Select<Integer>) find(Select.class).withId("answer-month").single()).setValue(9);
            ((Select<Integer>) find(Select.class).withId("answer-year").single()).setValue(2000);
        } else if (answer instanceof RadioButtonGroup group) {
            test((RadioButtonGroup<String>) group).selectItem((String) group.getListDataView().getItem(0));
        } else {
            ((HasValue<?, String>) answer).setValue(switch (field.type()) {
                case ID_NUMBER -> "001090012345";
                case PHONE -> "0912345678";
                case EMAIL -> "an.nguyen@example.vn";
                case NUMBER -> "2";
                case ADDRESS -> "Thôn Đông, xã Yên Bình, Hà Nội";
                default -> "Nguyễn Văn Bình";
            });
        }
    }

    private void tap(String id) {
        test(find(Button.class).withId(id).single()).click();
    }

    private boolean exists(String id) {
        return !find(Button.class).withId(id).all().isEmpty();
    }
}
