package vn.dvc.kiosk.support;

import java.awt.image.BufferedImage;
import java.time.LocalDate;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.dvc.kiosk.catalog.Catalog;
import vn.dvc.kiosk.catalog.Procedure;
import vn.dvc.kiosk.catalog.ResultChannel;
import vn.dvc.kiosk.dossier.ResultDelivery;
import vn.dvc.kiosk.filing.DocumentChecklist;
import vn.dvc.kiosk.filing.DocumentIntake;
import vn.dvc.kiosk.filing.DocumentSlot;
import vn.dvc.kiosk.filing.FilingDraft;
import vn.dvc.kiosk.filing.FilingDrafts;
import vn.dvc.kiosk.filing.Submission;
import vn.dvc.kiosk.identity.CitizenIdCard;
import vn.dvc.kiosk.identity.Sex;

/**
 * Test classpath only: files a dossier of the procedure in the address in this browser's visit through
 * {@link Submission}, as the delivery screen does, with every document attached and the result sent by post to a long
 * address when the procedure offers post (the fullest slip it gives), then shows its receipt. The receipt's tests need
 * no journey through the questions.
 */
@Route("kiem-thu/nop-ho-so-mau/:code")
@AnonymousAllowed
class FiledDossierFixture extends Div implements BeforeEnterObserver {

    static final CitizenIdCard HOA = new CitizenIdCard("001190054321", null, "Nguyễn Thị Hoa",
            LocalDate.of(1990, 3, 8), Sex.FEMALE,
            "Số 12, ngõ 34 phố Nguyễn Chí Thanh, Tổ dân phố Láng Thượng, Phường Láng, Thành phố Hà Nội", null);

    private final Catalog catalog;
    private final FilingDrafts drafts;
    private final DocumentIntake intake;
    private final Submission submission;

    FiledDossierFixture(Catalog catalog, FilingDrafts drafts, DocumentIntake intake, Submission submission) {
        this.catalog = catalog;
        this.drafts = drafts;
        this.intake = intake;
        this.submission = submission;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Procedure procedure = catalog.procedure(event.getRouteParameters().get("code").orElseThrow()).orElseThrow();
        FilingDraft draft = drafts.forProcedure(procedure.getCode());
        procedure.getFormFields().forEach(field -> draft.answer(field.key(), "x"));
        draft.answer("phone", "0912345678");
        draft.answer("email", "");
        for (DocumentSlot slot : DocumentChecklist.toAttach(procedure)) {
            drafts.attach(draft, HOA, slot.position(),
                    intake.photo(new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB)));
        }
        ResultDelivery delivery = procedure.getResultChannels().contains(ResultChannel.POSTAL) ? ResultDelivery.POSTAL
                : ResultDelivery.valueOf(procedure.getResultChannels().iterator().next().name());
        draft.deliverTo(delivery, HOA.permanentAddress(), "0912345678", "nguyen.thi.hoa@example.vn");
        String token = submission.submit(procedure, HOA, draft).trackingToken();
        event.forwardTo("bien-nhan/" + token);
    }
}
