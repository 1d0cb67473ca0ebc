package vn.dvc.kiosk.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dvc.kiosk.catalog.Catalog;
import vn.dvc.kiosk.catalog.Procedure;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.ResultDelivery;
import vn.dvc.kiosk.dossier.SubmittedDossier;
import vn.dvc.kiosk.identity.CardReading;
import vn.dvc.kiosk.identity.CitizenIdCard;
import vn.dvc.kiosk.identity.CardScanner;
import vn.dvc.kiosk.identity.CitizenIdCardParser;
import vn.dvc.kiosk.identity.scan.CardImageCorpus;
import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * A resident's whole filing journey at service level, with the app's own loggers at DEBUG: reading the card (and a
 * damaged card), saving and resuming the draft with wrong digits, a refused submission, the submission, and tracking
 * it with right and wrong digits. None of the resident's name, ID number, phone, e-mail, address or answers may
 * appear in any log line or logged exception. All the person's data here is made up.
 */
@KioskIntegrationTest
class PersonalDataInLogsIT extends SpringBrowserlessTest {

    private static final String NAME = "Quách Vĩnh Thuỵ Xuyên";
    private static final String ID_NUMBER = "001203098765";
    private static final String PHONE = "0966112358";
    private static final String EMAIL = "quach.xuyen@example.vn";
    private static final String ADDRESS = "Số 77 ngõ Trúc Lạc, Phường Ba Đình, Hà Nội";
    private static final String ANSWER = "Quách Minh Khôi";
    private static final String QR = ID_NUMBER + "||" + NAME + "|15032003|Nam|" + ADDRESS + "|20042021";

    @Autowired
    Catalog catalog;

    @Autowired
    FilingDrafts drafts;

    @Autowired
    DraftStore store;

    @Autowired
    Submission submission;

    @Autowired
    Dossiers dossiers;

    @Autowired
    CardScanner scanner;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    private final Logger app = (Logger) LoggerFactory.getLogger("vn.dvc.kiosk");
    private Level appLevel;

    @BeforeEach
    void captureLogs() {
        appLevel = app.getLevel();
        app.setLevel(Level.DEBUG);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void stopCapturing() {
        root.detachAppender(captured);
        app.setLevel(appLevel);
    }

    @Test
    void aWholeFilingJourneyLogsNoPersonalData() {
        // the camera's path logs every reading: a good card, one whose birth date disagrees with its number
        scanner.scan(CardImageCorpus.cardFrame(QR, 1280, 720));
        scanner.scan(CardImageCorpus.cardFrame(QR.replace("15032003", "15032099"), 1280, 720));
        CitizenIdCard card = ((CardReading.Read) CitizenIdCardParser.parse(QR)).card();
        Procedure birth = catalog.procedure("1.001193").orElseThrow();
        FilingDraft draft = drafts.forProcedure(birth.getCode());
        birth.getFormFields().forEach(field -> draft.answer(field.key(), ANSWER));
        draft.consented(99L);
        draft.deliverTo(ResultDelivery.POSTAL, ADDRESS, "09661", EMAIL);
        drafts.keep(draft, card);
        drafts.attach(draft, card, 2, pdf());
        drafts.attach(draft, card, 4, pdf());
        draft.skip(3);
        draft.skip(5);
        store.save(draft, card);
        store.resume(draft.draftCode(), "0000");

        Submission.Refused refused = catchThrowableOfType(Submission.Refused.class,
                () -> submission.submit(birth, card, draft));
        assertThat(refused.reason()).isEqualTo("PHONE");
        draft.deliverTo(ResultDelivery.POSTAL, ADDRESS, PHONE, EMAIL);
        SubmittedDossier submitted = submission.submit(birth, card, draft);
        assertThat(dossiers.track(submitted.code(), ID_NUMBER.substring(8))).isPresent();
        assertThat(dossiers.track(submitted.code(), "0000")).isEmpty();

        List<String> lines = lines();
        System.out.println("[security] personal data in logs: " + lines.size() + " log lines of a filing journey "
                + "checked, DEBUG included");
        assertThat(lines).isNotEmpty();
        for (String secret : List.of(NAME, "Xuyên", "Quach Vinh", ID_NUMBER, PHONE, "0966 112 358", EMAIL,
                "Trúc Lạc", ANSWER)) {
            assertThat(lines).as("log lines containing " + secret)
                    .noneMatch(line -> line.toLowerCase().contains(secret.toLowerCase()));
        }
    }

    /** Every captured message with its arguments, and the messages of logged exceptions and their causes. */
    private List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : captured.list) {
            lines.add(event.getLoggerName() + " " + event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                lines.add(event.getLoggerName() + " " + t.getClassName() + ": " + t.getMessage());
            }
        }
        return lines;
    }

    private static AcceptedPage pdf() {
        return new AcceptedPage(AcceptedPage.PDF, "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII));
    }
}
