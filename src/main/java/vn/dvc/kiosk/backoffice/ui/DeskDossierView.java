package vn.dvc.kiosk.backoffice.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.dvc.kiosk.backoffice.DossierNotOnThisDeskException;
import vn.dvc.kiosk.backoffice.OfficerDesk;
import vn.dvc.kiosk.dossier.DossierAction;
import vn.dvc.kiosk.dossier.DossierDetail;
import vn.dvc.kiosk.dossier.IllegalTransitionException;
import vn.dvc.kiosk.dossier.InvalidResultFileException;
import vn.dvc.kiosk.shared.security.CurrentStaff;
import vn.dvc.kiosk.shared.security.StaffMember;
import vn.dvc.kiosk.shared.security.StaffRole;
import vn.dvc.kiosk.shared.ui.PageTitles;
import vn.dvc.kiosk.shared.ui.StaffLayout;

/**
 * One dossier on the officer's desk: the summary and what may be done now, the declared answers, the handed-in
 * pages, the fee and the history. Another unit's dossier gets the same "not found" as an unknown code. After every
 * action, and after losing a race with a colleague, the screen reads the dossier again.
 */
@Route(value = DeskDossierView.ROUTE, layout = StaffLayout.class)
@RolesAllowed(StaffRole.Names.OFFICER)
@StyleSheet("/css/desk.css")
public class DeskDossierView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String CODE = "code";
    public static final String ROUTE = DeskQueueView.ROUTE + "/:" + CODE;

    /** The steps that move a dossier on towards its result: the desk's main buttons. */
    private static final java.util.Set<DossierAction> FORWARD = java.util.EnumSet.of(DossierAction.ACCEPT,
            DossierAction.START_PROCESSING, DossierAction.SUPPLEMENT_RECEIVED, DossierAction.OBLIGATION_MET,
            DossierAction.RESUME, DossierAction.FINISH, DossierAction.RETURN_RESULT);

    private static final Logger log = LoggerFactory.getLogger(DeskDossierView.class);

    private final OfficerDesk desk;
    private final StaffMember officer;
    private final Clock clock;
    private final Div message = new Div();
    private final Div content = new Div();
    private String code;
    private String title;

    public DeskDossierView(OfficerDesk desk, CurrentStaff staff, Clock clock) {
        this.desk = desk;
        this.officer = staff.require();
        this.clock = clock;
        addClassName("desk-dossier");
        message.setId("desk-message");
        message.addClassName("staff-message");
        message.getElement().setAttribute("role", "status");
        message.setVisible(false);
        Anchor back = new Anchor(DeskQueueView.ROUTE, getTranslation("desk.dossier.back"));
        back.getElement().setAttribute("router-link", "");
        back.setId("desk-back");
        back.addClassName("desk-back");
        add(back, message, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get(CODE).orElse("");
        show();
    }

    /** Reads the dossier again and draws it; what the message says stays. */
    private void show() {
        content.removeAll();
        Optional<DossierDetail> found = desk.open(officer, code);
        if (found.isEmpty()) {
            title = getTranslation("desk.dossier.notFound.title");
            H1 heading = new H1(title);
            Paragraph why = new Paragraph(getTranslation("desk.dossier.notFound", code));
            why.setId("desk-not-found");
            content.add(heading, why);
            return;
        }
        DossierDetail dossier = found.get();
        title = getTranslation("desk.dossier.title", dossier.code());
        H1 heading = new H1(dossier.code());
        heading.setId("desk-dossier-code");
        // on a wide desk screen the answers and the papers sit side by side, as the officer compares them
        Div columns = new Div(section("answers", DossierSections.answers(this, dossier)),
                section("documents", new DossierDocumentsPanel(dossier, desk.pages(officer, code),
                        this::pageDownload, this::pdfThumbnail)));
        columns.addClassName("desk-columns");
        content.add(heading, DossierSections.summary(this, dossier, clock), actions(dossier), columns,
                section("fee", DossierSections.fee(this, dossier, resultLink())),
                section("history", DossierSections.history(this, dossier, clock)));
    }

    private Div section(String key, Component body) {
        Div section = new Div(new H2(getTranslation("desk.dossier.section." + key)), body);
        section.addClassName("desk-section");
        section.setId("desk-section-" + key);
        return section;
    }

    private Div actions(DossierDetail dossier) {
        Div actions = new Div();
        actions.setId("desk-actions");
        actions.addClassName("desk-actions");
        if (dossier.allowedActions().isEmpty()) {
            actions.add(new Paragraph(getTranslation("desk.dossier.noActions")));
        }
        // the state machine's set, in the enum's order: an illegal action is never offered
        for (DossierAction action : dossier.allowedActions()) {
            Button button = new Button(getTranslation("desk.action." + action.name()),
                    e -> new DeskActionDialog(action, dossier.code(), this::take).open());
            button.setId("desk-action-" + action.name());
            button.addClassName("desk-action-button");
            if (action == DossierAction.REJECT || action == DossierAction.STOP) {
                button.addClassName("desk-action-button-stop");
            } else if (FORWARD.contains(action)) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            actions.add(button);
        }
        return actions;
    }

    /** Takes the chosen action and reloads; every refusal is said in words the officer can act on. */
    void take(DeskActionDialog.Choice choice) {
        try {
            var status = switch (choice.action()) {
                case FINISH -> desk.finish(officer, code, choice.reason(), choice.fileName(), choice.pdf());
                case RETURN_RESULT -> desk.returnResult(officer, code, choice.delivery(), choice.trackingNumber());
                default -> desk.act(officer, code, choice.action(), choice.reason());
            };
            say(getTranslation("desk.action.done", getTranslation("desk.action." + choice.action().name()),
                    DeskLabels.status(this, status)));
        } catch (OptimisticLockingFailureException lost) {
            log.info("Dossier {} changed under {} before {}", code, officer.username(), choice.action());
            say(getTranslation("desk.problem.concurrent"));
        } catch (IllegalTransitionException refused) {
            say(getTranslation("desk.problem.illegal", getTranslation("desk.action." + choice.action().name()),
                    DeskLabels.status(this, refused.current())));
        } catch (InvalidResultFileException refused) {
            say(getTranslation("desk.result." + refused.reason().name()));
        } catch (DossierNotOnThisDeskException gone) {
            say(getTranslation("desk.dossier.notFound", code));
        } catch (IllegalArgumentException incomplete) {
            say(getTranslation("desk.problem.incomplete"));
        }
        show();
    }

    private void say(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    private DownloadHandler pageDownload(int document, int pageNo) {
        String dossierCode = code;
        return DownloadHandler.fromInputStream(event -> desk.page(officer, dossierCode, document, pageNo)
                .map(page -> new DownloadResponse(new ByteArrayInputStream(page.content()),
                        "trang-" + document + "-" + pageNo + (page.contentType().equals("application/pdf") ? ".pdf"
                                : ".jpg"), page.contentType(), page.content().length))
                .orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND)));
    }

    private DownloadHandler pdfThumbnail(int document, int pageNo) {
        String dossierCode = code;
        return DownloadHandler.fromInputStream(event -> desk.page(officer, dossierCode, document, pageNo)
                .map(page -> {
                    byte[] png = PdfThumbnails.png(page.content());
                    return new DownloadResponse(new ByteArrayInputStream(png),
                            "trang-" + document + "-" + pageNo + ".png", "image/png", png.length);
                })
                .orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND)));
    }

    /** The electronic result, when one is attached: opened in a new tab, read when the link is followed. */
    private Component resultLink() {
        return desk.result(officer, code).<Component>map(file -> {
            String dossierCode = code;
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> desk.resultContent(officer, dossierCode)
                    .map(bytes -> new DownloadResponse(new ByteArrayInputStream(bytes), file.fileName(),
                            file.contentType(), bytes.length))
                    .orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND))), AttachmentType.INLINE,
                    getTranslation("desk.dossier.result", file.fileName()));
            link.setTarget(AnchorTarget.BLANK);
            link.setId("desk-result-file");
            return link;
        }).orElse(null);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, title);
    }
}
