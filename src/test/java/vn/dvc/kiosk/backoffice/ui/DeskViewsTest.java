package vn.dvc.kiosk.backoffice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.kiosk.backoffice.DeskTestDossiers;
import vn.dvc.kiosk.dossier.DossierAction;
import vn.dvc.kiosk.dossier.DossierProcessing;
import vn.dvc.kiosk.dossier.DossierQueueItem;
import vn.dvc.kiosk.dossier.DossierStatus;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.ProcedureInQueue;
import vn.dvc.kiosk.dossier.ResultDelivery;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/** The officer's queue and dossier screens, signed in as the demo officer canbo (unit 000.00.00.H01). */
@KioskIntegrationTest
@WithUserDetails("canbo")
class DeskViewsTest extends SpringBrowserlessTest {

    @Autowired
    Dossiers dossiers;

    @Autowired
    DossierProcessing processing;

    @Autowired
    PlatformTransactionManager transactions;

    String procedure;
    String code;

    @BeforeEach
    void aDossierAtTheDemoDesk() {
        procedure = DeskTestDossiers.uniqueProcedure();
        code = DeskTestDossiers.file(dossiers, procedure);
    }

    @Test
    void theQueueListsTheUnitsDossiersAndAClickOpensOne() {
        navigate(DeskQueueView.class);
        ComboBox<ProcedureInQueue> procedures = find(ComboBox.class).withId("desk-filter-procedure").single();
        test(procedures).selectItem(DeskTestDossiers.PROCEDURE_NAME + " (" + procedure + ")");
        Grid<DossierQueueItem> grid = find(Grid.class).withId("desk-queue-grid").single();

        assertThat(test(grid).getRow(0).code()).isEqualTo(code);
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Nguyễn Thị Lan");
        assertThat(((Span) test(grid).getCellComponent(0, "status")).getText()).isEqualTo("Mới đăng ký");
        assertThat(test(grid).getCellText(0, test(grid).getColumnPosition("fee"))).isEqualTo("Không thu phí");
        assertThat(firstPage(grid)).hasSize(1);

        test(grid).clickRow(0);

        assertThat(getCurrentView()).isInstanceOf(DeskDossierView.class);
        assertThat(find(H1.class).withId("desk-dossier-code").single().getText()).isEqualTo(code);
    }

    /** The grid reads page by page: a later page asks the database for exactly its own rows. */
    @Test
    void theQueueIsReadPageByPageSoonestAppointmentFirst() {
        for (int i = 1; i < DeskQueueView.PAGE_SIZE + 10; i++) {
            DeskTestDossiers.file(dossiers, procedure);
        }
        navigate(DeskQueueView.class);
        ComboBox<ProcedureInQueue> procedures = find(ComboBox.class).withId("desk-filter-procedure").single();
        test(procedures).selectItem(DeskTestDossiers.PROCEDURE_NAME + " (" + procedure + ")");
        Grid<DossierQueueItem> grid = find(Grid.class).withId("desk-queue-grid").single();

        java.util.List<DossierQueueItem> first = page(grid, 0);
        java.util.List<DossierQueueItem> second = page(grid, DeskQueueView.PAGE_SIZE);

        assertThat(first).hasSize(DeskQueueView.PAGE_SIZE);
        assertThat(second).hasSize(10);
        assertThat(first.getFirst().code()).isEqualTo(code);
        java.util.List<DossierQueueItem> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        assertThat(all).extracting(DossierQueueItem::code).doesNotHaveDuplicates();
        assertThat(all).extracting(DossierQueueItem::appointmentDate).isSorted();
    }

    @Test
    void theDeadlineFiltersLeaveOutWhatIsNotDue() {
        navigate(DeskQueueView.class);
        ComboBox<ProcedureInQueue> procedures = find(ComboBox.class).withId("desk-filter-procedure").single();
        test(procedures).selectItem(DeskTestDossiers.PROCEDURE_NAME + " (" + procedure + ")");
        Grid<DossierQueueItem> grid = find(Grid.class).withId("desk-queue-grid").single();

        test(find(com.vaadin.flow.component.checkbox.Checkbox.class).withId("desk-filter-overdue").single()).click();

        assertThat(firstPage(grid)).as("due in 3 working days: not overdue").isEmpty();
    }

    @Test
    void theDossierShowsAnswersPagesFeeAndHistoryAndOffersOnlyAllowedActions() {
        navigate("can-bo/ho-so/" + code, DeskDossierView.class);

        assertThat(text("desk-answers")).contains("Họ tên trẻ", "Trần Minh An");
        assertThat(text("desk-documents")).contains("Giấy chứng sinh", "Bản chính", "Trang 1", "Trang 2 (PDF)");
        assertThat(text("desk-fee")).contains("Miễn phí", "Không thu phí");
        assertThat(find(NativeTable.class).withId("desk-history").single().getElement().getTextRecursively())
                .contains("Mới đăng ký");
        assertThat(find(Button.class).withClassName("desk-action-button").all()).extracting(Button::getId)
                .extracting(java.util.Optional::orElseThrow)
                .containsExactly("desk-action-ACCEPT", "desk-action-REJECT", "desk-action-WITHDRAW");
    }

    @Test
    void requestingASupplementNeedsWhatIsMissingAndShowsInTheHistory() {
        processing.act(code, DossierAction.ACCEPT, null, "Nguyễn Thị Lan (canbo, 000.00.00.H01)");
        navigate("can-bo/ho-so/" + code, DeskDossierView.class);

        test(find(Button.class).withId("desk-action-REQUEST_SUPPLEMENT").single()).click();
        DeskActionDialog dialog = find(DeskActionDialog.class).single();
        test(find(Button.class).withId("desk-action-confirm").single()).click();
        TextArea reason = find(TextArea.class).withId("desk-action-reason").single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Bạn hãy ghi rõ giấy tờ hoặc thông tin cần bổ sung.");
        assertThat(dialog.isOpened()).isTrue();

        test(reason).setValue("Bản sao giấy chứng sinh có chứng thực");
        test(find(Button.class).withId("desk-action-confirm").single()).click();

        assertThat(processing.detail(code).orElseThrow().status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        assertThat(find(Div.class).withId("desk-message").single().getText())
                .isEqualTo("Đã thực hiện: Yêu cầu bổ sung. Trạng thái mới: Yêu cầu bổ sung.");
        assertThat(text("desk-summary")).contains("Yêu cầu bổ sung");
        assertThat(find(NativeTable.class).withId("desk-history").single().getElement().getTextRecursively())
                .contains("Bản sao giấy chứng sinh có chứng thực", "Nguyễn Thị Lan (canbo, 000.00.00.H01)");
        assertThat(find(Button.class).withId("desk-action-SUPPLEMENT_RECEIVED").all()).hasSize(1);
    }

    @Test
    void anActionSomeoneElseTookFirstIsExplainedAndTheScreenReloads() {
        processing.act(code, DossierAction.ACCEPT, null, "Nguyễn Thị Lan (canbo, 000.00.00.H01)");
        navigate("can-bo/ho-so/" + code, DeskDossierView.class);
        test(find(Button.class).withId("desk-action-START_PROCESSING").single()).click();
        processing.act(code, DossierAction.STOP, "Chờ xác minh", "Đồng nghiệp");

        test(find(Button.class).withId("desk-action-confirm").single()).click();

        assertThat(find(Div.class).withId("desk-message").single().getText())
                .isEqualTo("Không thể \"Chuyển xử lý\" khi hồ sơ đang ở trạng thái \"Dừng xử lý\". "
                        + "Màn hình đã tải lại các thao tác còn được phép.");
        assertThat(find(Button.class).withId("desk-action-RESUME").all()).hasSize(1);
    }

    @Test
    void finishingAndReturningByPostNeedTheTrackingNumberAndEndTheActions() {
        processing.act(code, DossierAction.ACCEPT, null, "Nguyễn Thị Lan (canbo, 000.00.00.H01)");
        processing.act(code, DossierAction.START_PROCESSING, null, "Nguyễn Thị Lan (canbo, 000.00.00.H01)");
        navigate("can-bo/ho-so/" + code, DeskDossierView.class);

        test(find(Button.class).withId("desk-action-FINISH").single()).click();
        test(find(TextArea.class).withId("desk-action-reason").single()).setValue("Giấy khai sinh bản chính");
        test(find(Button.class).withId("desk-action-confirm").single()).click();
        assertThat(text("desk-summary")).contains("Đã xử lý xong");

        test(find(Button.class).withId("desk-action-RETURN_RESULT").single()).click();
        test(find(Button.class).withId("desk-action-confirm").single()).click();
        RadioButtonGroup<ResultDelivery> how = find(RadioButtonGroup.class).withId("desk-action-delivery").single();
        assertThat(how.getErrorMessage()).isEqualTo("Bạn hãy chọn cách trả kết quả.");
        how.setValue(ResultDelivery.POSTAL);
        test(find(Button.class).withId("desk-action-confirm").single()).click();
        TextField tracking = find(TextField.class).withId("desk-action-tracking").single();
        assertThat(tracking.getErrorMessage()).isEqualTo("Bạn hãy nhập số hiệu bưu gửi.");
        assertThat(processing.detail(code).orElseThrow().status()).isEqualTo(DossierStatus.PROCESSING_FINISHED);
        test(tracking).setValue("EMS123456789VN");
        test(find(Button.class).withId("desk-action-confirm").single()).click();

        assertThat(processing.detail(code).orElseThrow().status()).isEqualTo(DossierStatus.RESULT_RETURNED);
        assertThat(find(NativeTable.class).withId("desk-history").single().getElement().getTextRecursively())
                .contains("Giấy khai sinh bản chính", "Qua bưu chính công ích, số hiệu bưu gửi EMS123456789VN");
        assertThat(find(Button.class).withClassName("desk-action-button").all()).isEmpty();
        assertThat(text("desk-actions")).isEqualTo("Hồ sơ đã kết thúc, không còn thao tác nào.");
    }

    /**
     * A real race: a colleague's transaction has changed the dossier and holds its row when the officer confirms;
     * when it commits, the officer's write finds a newer version.
     */
    @Test
    void losingARaceWithAColleagueReloadsWithTheAgreedMessage() throws Exception {
        processing.act(code, DossierAction.ACCEPT, null, "Nguyễn Thị Lan (canbo, 000.00.00.H01)");
        navigate("can-bo/ho-so/" + code, DeskDossierView.class);
        test(find(Button.class).withId("desk-action-REQUEST_SUPPLEMENT").single()).click();
        test(find(TextArea.class).withId("desk-action-reason").single()).setValue("Bản sao sổ hộ khẩu");
        java.util.concurrent.CountDownLatch colleagueWrote = new java.util.concurrent.CountDownLatch(1);
        var colleague = java.util.concurrent.CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
                .executeWithoutResult(tx -> {
                    processing.act(code, DossierAction.START_PROCESSING, null, "Trần Văn Bình (đồng nghiệp)");
                    colleagueWrote.countDown();
                    sleep(1500);
                }));
        assertThat(colleagueWrote.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        test(find(Button.class).withId("desk-action-confirm").single()).click();
        colleague.get(10, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(find(Div.class).withId("desk-message").single().getText()).startsWith(
                "Hồ sơ vừa được người khác cập nhật; màn hình đã tải lại thông tin mới nhất");
        assertThat(text("desk-summary")).contains("Đang xử lý");
        assertThat(processing.detail(code).orElseThrow().status()).isEqualTo(DossierStatus.BEING_PROCESSED);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anImagePageOpensZoomable() {
        navigate("can-bo/ho-so/" + code, DeskDossierView.class);

        test(find(Button.class).withId("desk-page-2-1").single()).click();
        PageZoomDialog zoom = find(PageZoomDialog.class).single();
        test(find(Button.class).withId("desk-zoom-in").single()).click();
        test(find(Button.class).withId("desk-zoom-in").single()).click();
        assertThat(find(Span.class).withId("desk-zoom-level").single().getText()).isEqualTo("Cỡ 150%");
        test(find(Button.class).withId("desk-zoom-fit").single()).click();
        assertThat(zoom.zoom()).isEqualTo(PageZoomDialog.FIT);
    }

    @Test
    @WithUserDetails("canbo2")
    void anotherUnitsDossierLooksExactlyLikeAnUnknownCode() {
        String unknown = "000.00.00.H01-990101-9999";
        navigate("can-bo/ho-so/" + unknown, DeskDossierView.class);
        String unknownText = find(Paragraph.class).withId("desk-not-found").single().getText();

        navigate("can-bo/ho-so/" + code, DeskDossierView.class);
        String otherUnitText = find(Paragraph.class).withId("desk-not-found").single().getText();

        assertThat(unknownText).isEqualTo("Không tìm thấy hồ sơ " + unknown
                + " trong danh sách của đơn vị bạn. Bạn hãy kiểm tra lại mã hồ sơ.");
        assertThat(otherUnitText).isEqualTo(unknownText.replace(unknown, code));
        assertThat(find(Button.class).withClassName("desk-action-button").all()).isEmpty();
        assertThat(find(Div.class).withId("desk-documents").all()).isEmpty();
    }

    /** What the grid's first page holds, read as the grid reads it. */
    private static java.util.List<DossierQueueItem> firstPage(Grid<DossierQueueItem> grid) {
        return page(grid, 0);
    }

    private static java.util.List<DossierQueueItem> page(Grid<DossierQueueItem> grid, int offset) {
        return grid.getDataProvider().fetch(new com.vaadin.flow.data.provider.Query<>(offset,
                DeskQueueView.PAGE_SIZE, null, null, null)).toList();
    }

    private String text(String id) {
        return find(com.vaadin.flow.component.Component.class).withId(id).single().getElement().getTextRecursively();
    }
}
