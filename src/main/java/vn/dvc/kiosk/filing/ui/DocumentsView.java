package vn.dvc.kiosk.filing.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Queue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dvc.kiosk.catalog.Catalog;
import vn.dvc.kiosk.catalog.Procedure;
import vn.dvc.kiosk.filing.AcceptedPage;
import vn.dvc.kiosk.filing.DocumentChecklist;
import vn.dvc.kiosk.filing.DocumentIntake;
import vn.dvc.kiosk.filing.DocumentProperties;
import vn.dvc.kiosk.filing.DocumentRefused;
import vn.dvc.kiosk.filing.DocumentSlot;
import vn.dvc.kiosk.filing.FilingDraft;
import vn.dvc.kiosk.filing.FilingDrafts;
import vn.dvc.kiosk.identity.CitizenIdCard;
import vn.dvc.kiosk.identity.KioskCamera;
import vn.dvc.kiosk.identity.ResidentIdentity;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.shared.ui.KioskLayout;
import vn.dvc.kiosk.shared.ui.ReadAloudButton;
import vn.dvc.kiosk.shared.ui.Speech;

/**
 * One document per screen: photograph it with the kiosk's document camera or the tablet's camera, or upload a file;
 * see the pages, remove a bad one and take it again ({@link PageCapture}); skip it when it is optional. Every page is
 * checked by content, compressed and saved with the draft as soon as it arrives.
 */
@Route(value = "nop-ho-so/:code/giay-to/:n", layout = KioskLayout.class)
@AnonymousAllowed
class DocumentsView extends FilingScreen {

    private static final Logger log = LoggerFactory.getLogger(DocumentsView.class);

    private final DocumentIntake intake;
    private final DocumentProperties limits;
    private final KioskCamera camera;
    private PageCapture capture;

    private final Div pages = new Div();
    private final Paragraph problem = new Paragraph();

    DocumentsView(Catalog catalog, ResidentIdentity identity, FilingDrafts drafts, DocumentIntake intake,
            DocumentProperties limits, KioskCamera camera) {
        super(catalog, identity, drafts);
        this.intake = intake;
        this.limits = limits;
        this.camera = camera;
        pages.addClassName("document-pages");
        pages.setId("document-pages");
        problem.addClassName("card-problem-message");
        problem.setId("document-problem");
        problem.getElement().setAttribute("role", "alert");
    }

    @Override
    protected void show(Procedure procedure, CitizenIdCard card, FilingDraft draft, BeforeEnterEvent event) {
        List<DocumentSlot> slots = DocumentChecklist.toAttach(procedure);
        int n = stepNumber(event);
        if (slots.isEmpty() || n > slots.size()) {
            event.forwardTo(route(procedure, "kiem-tra"));
            return;
        }
        n = Math.max(1, n);
        DocumentSlot slot = slots.get(n - 1);
        boolean english = KioskLocales.isEnglish(getLocale());
        clearProblem();

        Span counter = new Span(getTranslation("filing.documents.count", n, slots.size()));
        counter.addClassName("question-count");
        H1 name = new H1(english ? slot.document().nameEn() : slot.document().nameVi());
        name.setId("document-name");
        name.addClassName("document-title");
        Span form = new Span(getTranslation("filing.documents.form." + slot.document().form().name()));
        form.addClassName("document-form");
        Paragraph help = new Paragraph(getTranslation("filing.documents.help"));
        help.addClassName("question-help");
        Div read = new Div(counter, name, form, help);
        if (slot.optional()) {
            Paragraph optional = new Paragraph(getTranslation("filing.documents.optional"));
            optional.addClassName("question-optional");
            read.add(optional);
        }
        read.setId("document-read");
        Div heading = new Div(read, new ReadAloudButton("document-read"));
        heading.addClassName("view-heading");

        capture = new PageCapture(intake, limits, camera, arrived -> takeArrivals(arrived, draft, card, slot),
                this::showProblem);

        int current = n;
        Button back = new Button(getTranslation("layout.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> navigate(current == 1 ? previousQuestion(procedure) : route(procedure, "giay-to/" + (current - 1))));
        back.setId("document-back");
        String after = current == slots.size() || returnsToReview(event) ? route(procedure, "kiem-tra")
                : route(procedure, "giay-to/" + (current + 1));
        Button next = new Button(getTranslation("filing.next"), VaadinIcon.ARROW_RIGHT.create(), e -> {
            if (draft.pages(slot.position()).isEmpty() && !slot.optional()) {
                showProblem(getTranslation("filing.documents.problem.required"));
                return;
            }
            if (draft.pages(slot.position()).isEmpty()) {
                draft.skip(slot.position());
            }
            drafts.keep(draft, card);
            navigate(after);
        });
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.setIconAfterText(true);
        next.setId("document-next");
        Div actions = new Div(back);
        if (slot.optional()) {
            Button skip = new Button(getTranslation("filing.documents.skip"), VaadinIcon.CLOSE_CIRCLE_O.create(), e -> {
                draft.pages(slot.position()).forEach(page -> drafts.detach(draft, page.id()));
                draft.skip(slot.position());
                drafts.keep(draft, card);
                navigate(after);
            });
            skip.setId("document-skip");
            actions.add(skip);
        }
        actions.add(next);
        actions.addClassNames("actions", "question-actions");

        showPages(draft, slot);
        add(new FilingProgress(FilingProgress.Step.DOCUMENTS, procedure), heading, capture, problem,
                new H2(getTranslation("filing.documents.pages")), pages, actions,
                new DraftStrip(procedure, draft, drafts.keptFor()));
    }

    /** Saves what arrived, in order; a refusal or a failed save is said plainly and loses no earlier page. */
    private void takeArrivals(Queue<Object> arrived, FilingDraft draft, CitizenIdCard card, DocumentSlot slot) {
        clearProblem();
        for (Object item; (item = arrived.poll()) != null;) {
            if (item instanceof DocumentRefused refused) {
                showRefusal(refused);
                continue;
            }
            try {
                drafts.attach(draft, card, slot.position(), (AcceptedPage) item);
            } catch (DocumentRefused refused) {
                showRefusal(refused);
            } catch (RuntimeException failure) {
                log.warn("A document page could not be saved with the draft: {}", failure.toString());
                showProblem(getTranslation("filing.documents.problem.saving"));
            }
        }
        showPages(draft, slot);
    }

    private void showPages(FilingDraft draft, DocumentSlot slot) {
        pages.removeAll();
        List<FilingDraft.PageRef> refs = draft.pages(slot.position());
        if (refs.isEmpty()) {
            pages.add(new Paragraph(getTranslation("filing.documents.noPages")));
            return;
        }
        for (int i = 0; i < refs.size(); i++) {
            FilingDraft.PageRef ref = refs.get(i);
            int number = i + 1;
            Div tile = new Div();
            tile.addClassName("document-page");
            if (ref.isImage()) {
                Image image = new Image(preview(draft, ref), getTranslation("filing.documents.page", number));
                image.addClassName("document-page-image");
                tile.add(image, new Span(getTranslation("filing.documents.page", number)));
            } else {
                tile.add(VaadinIcon.FILE_TEXT_O.create(), new Span(getTranslation("filing.documents.page.pdf", number)));
            }
            Button remove = new Button(getTranslation("filing.documents.remove", number), VaadinIcon.TRASH.create(),
                    e -> {
                        try {
                            drafts.detach(draft, ref.id());
                            clearProblem();
                        } catch (RuntimeException failure) {
                            log.warn("A document page could not be removed: {}", failure.toString());
                            showProblem(getTranslation("filing.documents.problem.saving"));
                        }
                        showPages(draft, slot);
                    });
            remove.addClassName("document-page-remove");
            remove.setId("remove-page-" + number);
            tile.add(remove);
            pages.add(tile);
        }
    }

    private DownloadHandler preview(FilingDraft draft, FilingDraft.PageRef ref) {
        return DownloadHandler.fromInputStream(download -> drafts.page(draft, ref.id())
                .map(page -> new DownloadResponse(new ByteArrayInputStream(page.content()), "trang-" + ref.id() + ".jpg",
                        page.contentType(), page.content().length))
                .orElseGet(() -> DownloadResponse.error(404)));
    }

    private void showRefusal(DocumentRefused refused) {
        showProblem(capture.refusal(refused));
    }

    private void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
        Speech.say(this, message);
    }

    private void clearProblem() {
        problem.setText("");
        problem.setVisible(false);
    }

    private static String previousQuestion(Procedure procedure) {
        int questions = procedure.getFormFields().size();
        return questions == 0 ? route(procedure, "dong-y") : route(procedure, "cau-hoi/" + questions);
    }

    private void navigate(String location) {
        getUI().ifPresent(ui -> ui.navigate(location));
    }

}
