package vn.dvc.kiosk.filing.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dvc.kiosk.dossier.DocumentPage;
import vn.dvc.kiosk.dossier.DossierStatus;
import vn.dvc.kiosk.dossier.DossierSupplements;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.FoundDossiers;
import vn.dvc.kiosk.dossier.SupplementReceived;
import vn.dvc.kiosk.dossier.SupplementRefusedException;
import vn.dvc.kiosk.dossier.TrackedDossier;
import vn.dvc.kiosk.filing.AcceptedPage;
import vn.dvc.kiosk.filing.DocumentIntake;
import vn.dvc.kiosk.filing.DocumentProperties;
import vn.dvc.kiosk.filing.DocumentRefused;
import vn.dvc.kiosk.identity.KioskCamera;
import vn.dvc.kiosk.shared.ui.AssistedVisit;
import vn.dvc.kiosk.shared.ui.BackLink;
import vn.dvc.kiosk.shared.ui.ClientAddress;
import vn.dvc.kiosk.shared.ui.KioskLayout;
import vn.dvc.kiosk.shared.ui.OnScreenKeyboard;
import vn.dvc.kiosk.shared.ui.PageTitles;
import vn.dvc.kiosk.shared.ui.ReadAloudButton;
import vn.dvc.kiosk.shared.ui.ResidentInputs;
import vn.dvc.kiosk.shared.ui.Speech;
import vn.dvc.kiosk.shared.web.LookupRateLimiter;

/**
 * Sending the papers an officer asked for, opened from the tracking page ({@code bo-sung/:token}): one question per
 * screen, (1) photograph or upload the pages, (2) an optional answer to the officer, (3) the last four digits of the
 * applicant's ID number and "Gửi bổ sung". The token only opens its own dossier, and the digits are asked because a
 * receipt's QR may be in anyone's hands; a visit that found the dossier with them ({@link FoundDossiers}) skips (3). The pages stay in this screen until the dossier takes them together with
 * the status change ({@link DossierSupplements#receive}); a refusal keeps everything typed and photographed.
 */
@Route(value = "bo-sung/:token", layout = KioskLayout.class)
@AnonymousAllowed
class SupplementView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(SupplementView.class);

    private final Dossiers dossiers;
    private final DossierSupplements supplements;
    private final DocumentIntake intake;
    private final DocumentProperties limits;
    private final KioskCamera camera;
    private final LookupRateLimiter limiter;
    private final FoundDossiers found;
    private final AssistedVisit assisted;

    private final List<AcceptedPage> pages = new ArrayList<>();
    private final Paragraph problem = new Paragraph();
    private TrackedDossier dossier;
    /** The ID digits, when this visit found the dossier with them: then they are not asked again. */
    private String provenDigits;
    private String note = "";
    private PageCapture capture;
    private SupplementPages list;

    SupplementView(Dossiers dossiers, DossierSupplements supplements, DocumentIntake intake, DocumentProperties limits,
            KioskCamera camera, LookupRateLimiter limiter, FoundDossiers found, AssistedVisit assisted) {
        this.assisted = assisted;
        this.dossiers = dossiers;
        this.supplements = supplements;
        this.intake = intake;
        this.limits = limits;
        this.camera = camera;
        this.limiter = limiter;
        this.found = found;
        addClassName("filing-view");
        problem.addClassName("card-problem-message");
        problem.setId("supplement-problem");
        problem.getElement().setAttribute("role", "alert");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        dossier = dossiers.trackByToken(token).orElse(null);
        provenDigits = found.digitsFor(token).orElse(null);
        if (dossier == null) {
            removeAll();
            add(new BackLink("tra-cuu"), new H1(getTranslation("supplement.title")),
                    new Paragraph(getTranslation("tracking.unknown")));
        } else if (dossier.view().status() != DossierStatus.SUPPLEMENT_REQUESTED) {
            showNotNeeded();
        } else {
            showPages();
        }
    }

    private void showPages() {
        capture = new PageCapture(intake, limits, camera, this::takeArrivals, this::showProblem);
        list = new SupplementPages(pages, this::clearProblem);
        Button next = primary("supplement-next", "filing.next", VaadinIcon.ARROW_RIGHT, () -> {
            if (pages.isEmpty() && note.isBlank()) {
                showProblem(getTranslation("supplement.problem.NOTHING_GIVEN"));
                return;
            }
            showNote();
        });
        Button back = new Button(getTranslation("layout.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> navigate("theo-doi/" + dossier.trackingToken()));
        back.setId("supplement-back");
        screen(1, "supplement.pages.title", getTranslation("supplement.pages.help",
                dossier.supplementRequest() == null ? "" : dossier.supplementRequest()),
                capture, problem, new H2(getTranslation("filing.documents.pages")), list, actions(back, next));
    }

    private void takeArrivals(Queue<Object> arrived) {
        clearProblem();
        for (Object item; (item = arrived.poll()) != null;) {
            if (item instanceof DocumentRefused refused) {
                showProblem(capture.refusal(refused));
            } else if (pages.size() >= Math.min(limits.maxPagesPerDocument(), DossierSupplements.MAX_PAGES)) {
                showProblem(getTranslation("filing.documents.problem.TOO_MANY_PAGES", limits.maxPagesPerDocument()));
            } else if (bytes() + ((AcceptedPage) item).content().length > limits.maxDraftSize().toBytes()) {
                // the same ceiling as a draft's: the pages are held in memory and written in one transaction
                showProblem(getTranslation("filing.documents.problem.DRAFT_FULL"));
            } else {
                pages.add((AcceptedPage) item);
            }
        }
        list.refresh();
    }

    private long bytes() {
        return pages.stream().mapToLong(page -> page.content().length).sum();
    }

    private void showNote() {
        TextArea answer = new TextArea(getTranslation("supplement.note.label"));
        answer.setId("supplement-note");
        ResidentInputs.notRemembered(answer);
        answer.setMaxLength(DossierSupplements.MAX_NOTE_LENGTH);
        answer.setValue(note);
        answer.setWidthFull();
        answer.addValueChangeListener(e -> note = e.getValue());
        Button back = new Button(getTranslation("layout.back"), VaadinIcon.ARROW_LEFT.create(), e -> {
            note = answer.getValue();
            showPages();
        });
        back.setId("supplement-back");
        boolean last = provenDigits != null;
        Button next = primary(last ? "supplement-send" : "supplement-next", last ? "supplement.send" : "filing.next",
                last ? VaadinIcon.PAPERPLANE : VaadinIcon.ARROW_RIGHT, () -> {
                    note = answer.getValue();
                    if (pages.isEmpty() && note.isBlank()) {
                        showProblem(getTranslation("supplement.problem.NOTHING_GIVEN"));
                    } else if (last) {
                        send(provenDigits);
                    } else {
                        showDigits();
                    }
                });
        screen(2, "supplement.note.title", getTranslation(last ? "supplement.note.help.send" : "supplement.note.help"),
                answer, problem, actions(back, next), new OnScreenKeyboard("supplement-note"));
    }

    private void showDigits() {
        TextField digits = new TextField(getTranslation("resume.digits"));
        digits.setId("supplement-digits");
        digits.setMaxLength(4);
        digits.getElement().setAttribute("inputmode", "numeric");
        ResidentInputs.notRemembered(digits);
        Button back = new Button(getTranslation("layout.back"), VaadinIcon.ARROW_LEFT.create(), e -> showNote());
        back.setId("supplement-back");
        Button send = primary("supplement-send", "supplement.send", VaadinIcon.PAPERPLANE,
                () -> send(digits.getValue()));
        Div form = new Div(digits);
        form.addClassName("manual-form");
        screen(3, "supplement.digits.title", getTranslation("supplement.digits.help", pages.size()), form, problem,
                actions(back, send), new OnScreenKeyboard("supplement-digits"));
    }

    private void send(String digits) {
        // typed digits count against the look-up limit, like "Tra cứu hồ sơ": codes must not be tried one by one
        if (provenDigits == null && !limiter.tryAcquire(ClientAddress.ofThisVisit().orElse(null))) {
            showProblem(getTranslation("track.limited", limiter.window().toMinutes()));
            return;
        }
        List<DocumentPage> given = pages.stream().map(p -> new DocumentPage(p.contentType(), p.content())).toList();
        try {
            SupplementReceived sent = supplements.receive(dossier.view().code(), digits, given, note,
                    assisted.current().map(AssistedVisit.Helper::label).orElse(null));
            navigate("bo-sung/" + sent.trackingToken() + "/da-gui", QueryParameters.of("trang",
                    Integer.toString(sent.pageCount())));
        } catch (SupplementRefusedException refused) {
            log.info("A supplement was refused: {}", refused.reason());
            if (refused.reason() == SupplementRefusedException.Reason.NOT_REQUESTED) {
                showNotNeeded();
            } else {
                showProblem(getTranslation("supplement.problem." + refused.reason().name()));
            }
        } catch (RuntimeException failure) {
            log.warn("A supplement could not be saved: {}", failure.toString());
            showProblem(getTranslation("supplement.problem.saving"));
        }
    }

    private void showNotNeeded() {
        removeAll();
        Anchor track = new Anchor("theo-doi/" + dossier.trackingToken(), getTranslation("supplement.done.track"));
        track.getElement().setAttribute("router-link", "");
        track.addClassName("pay-link");
        track.setId("supplement-track");
        Paragraph text = new Paragraph(getTranslation("supplement.notNeeded"));
        text.setId("supplement-not-needed");
        text.addClassName("receipt-procedure");
        add(new H1(getTranslation("supplement.title")), text, track);
    }

    /** One question: its number, title and help (read aloud on request), then what it asks. */
    private void screen(int step, String titleKey, String help, Component... body) {
        removeAll();
        clearProblem();
        Span counter = new Span(getTranslation("supplement.step", step, provenDigits == null ? 3 : 2));
        counter.addClassName("question-count");
        H1 title = new H1(getTranslation(titleKey));
        Paragraph helpText = new Paragraph(help);
        helpText.addClassName("question-help");
        Div read = new Div(counter, title, helpText);
        read.setId("supplement-read");
        Div heading = new Div(read, new ReadAloudButton("supplement-read"));
        heading.addClassName("view-heading");
        add(heading);
        add(body);
    }

    private Button primary(String id, String label, VaadinIcon icon, Runnable action) {
        Button button = new Button(getTranslation(label), icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.PRIMARY);
        button.setIconAfterText(true);
        button.setId(id);
        return button;
    }

    private static Div actions(Button... buttons) {
        Div actions = new Div(buttons);
        actions.addClassNames("actions", "question-actions");
        return actions;
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

    private void navigate(String location) {
        getUI().ifPresent(ui -> ui.navigate(location));
    }

    private void navigate(String location, QueryParameters parameters) {
        getUI().ifPresent(ui -> ui.navigate(location, parameters));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("supplement.title"));
    }
}
