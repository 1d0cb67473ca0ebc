package vn.dvc.kiosk.filing.ui;

import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dvc.kiosk.filing.AcceptedPage;
import vn.dvc.kiosk.filing.DocumentIntake;
import vn.dvc.kiosk.filing.DocumentProperties;
import vn.dvc.kiosk.filing.DocumentRefused;
import vn.dvc.kiosk.identity.KioskCamera;

/**
 * The three ways a page gets in: the kiosk's document camera (only when the kiosk has one), the tablet's or phone's
 * camera, or a file. Every page goes through {@link DocumentIntake}; what arrives (a page or a refusal) is handed to
 * the screen in order, on the UI thread, once the uploads of one touch have finished.
 */
class PageCapture extends Div {

    private static final Logger log = LoggerFactory.getLogger(PageCapture.class);

    /** What arrived; each item is an {@link AcceptedPage} or a {@link DocumentRefused}. */
    interface Arrivals {
        void take(Queue<Object> arrived);
    }

    private final DocumentIntake intake;
    private final DocumentProperties limits;
    private final KioskCamera camera;
    /** Filled by upload requests, which run without the session lock; emptied on the UI thread. */
    private final Queue<Object> arrived = new ConcurrentLinkedQueue<>();
    private final Arrivals arrivals;
    private final Consumer<String> problem;

    /** @param problem shows a message the resident must see (a file the browser refused, a camera that failed) */
    PageCapture(DocumentIntake intake, DocumentProperties limits, KioskCamera camera, Arrivals arrivals,
            Consumer<String> problem) {
        this.intake = intake;
        this.limits = limits;
        this.camera = camera;
        this.arrivals = arrivals;
        this.problem = problem;
        addClassName("document-capture");
        if (camera.isPresent()) {
            Button kioskCamera = new Button(getTranslation("filing.documents.captureKiosk"),
                    VaadinIcon.CAMERA.create(), e -> photographWithKioskCamera());
            kioskCamera.addThemeVariants(ButtonVariant.PRIMARY);
            kioskCamera.setId("capture-kiosk");
            add(kioskCamera);
        }
        add(upload("upload-photo", "filing.documents.capturePhoto", VaadinIcon.CAMERA, true),
                upload("upload-file", "filing.documents.uploadFile", VaadinIcon.UPLOAD, false));
    }

    /** The message for a refused page, in the resident's words. */
    String refusal(DocumentRefused refused) {
        return switch (refused.reason()) {
            case TOO_LARGE -> tooLargeMessage();
            case TOO_MANY_PAGES -> getTranslation("filing.documents.problem.TOO_MANY_PAGES",
                    limits.maxPagesPerDocument());
            default -> getTranslation("filing.documents.problem." + refused.reason().name());
        };
    }

    private Upload upload(String id, String label, VaadinIcon icon, boolean useCamera) {
        UploadHandler handler = request -> {
            try {
                arrived.add(intake.accept(request.getInputStream()));
            } catch (DocumentRefused refused) {
                log.info("A document file was refused: {}", refused.reason());
                arrived.add(refused);
            } catch (IOException | RuntimeException broken) {
                log.warn("Receiving a document file failed: {}", broken.toString());
                arrived.add(new DocumentRefused(DocumentRefused.Reason.DAMAGED, broken.toString()));
            }
        };
        Upload upload = new Upload(handler);
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setId(id);
        upload.addClassName("document-upload");
        upload.setDropAllowed(false);
        upload.setMaxFiles(limits.maxPagesPerDocument());
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxFileSize().toBytes()));
        if (useCamera) {
            upload.setAcceptedFileTypes("image/*");
            upload.getElement().setProperty("capture", "environment");
        } else {
            upload.setAcceptedFileTypes("image/jpeg", "image/png", "application/pdf", ".jpg", ".jpeg", ".png", ".pdf");
        }
        Button button = new Button(getTranslation(label), icon.create());
        button.addClassName("document-upload-button");
        upload.setUploadButton(button);
        UploadI18N i18n = new UploadI18N();
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(tooLargeMessage())
                .setIncorrectFileType(getTranslation("filing.documents.problem.NOT_SUPPORTED"))
                .setTooManyFiles(getTranslation("filing.documents.problem.TOO_MANY_PAGES",
                        limits.maxPagesPerDocument())));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(rejected -> problem.accept(rejected.getErrorMessage()));
        upload.addAllFinishedListener(finished -> {
            upload.clearFileList();
            arrivals.take(arrived);
        });
        return upload;
    }

    private void photographWithKioskCamera() {
        try {
            var frame = camera.frame();
            if (frame.isEmpty()) {
                problem.accept(getTranslation("filing.documents.problem.camera"));
                return;
            }
            arrived.add(intake.photo(frame.get()));
        } catch (RuntimeException broken) {
            log.warn("The kiosk camera could not photograph a document: {}", broken.toString());
            problem.accept(getTranslation("filing.documents.problem.camera"));
            return;
        } finally {
            camera.release();
        }
        arrivals.take(arrived);
    }

    private String tooLargeMessage() {
        return getTranslation("filing.documents.problem.TOO_LARGE", limits.maxFileSize().toMegabytes());
    }
}
