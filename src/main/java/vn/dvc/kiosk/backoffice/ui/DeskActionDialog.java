package vn.dvc.kiosk.backoffice.ui;

import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadHandler;
import vn.dvc.kiosk.dossier.DossierAction;
import vn.dvc.kiosk.dossier.DossierResults;
import vn.dvc.kiosk.dossier.ResultDelivery;

/**
 * Asks what one action needs before it is taken: the reason or what is missing when the action requires one, an
 * optional note and the electronic result for FINISH, how the result went out for RETURN_RESULT. Nothing is sent
 * until the officer confirms; the view does the sending ({@link Choice}).
 */
class DeskActionDialog extends Dialog {

    /** What the officer filled in. */
    record Choice(DossierAction action, String reason, ResultDelivery delivery, String trackingNumber,
            String fileName, byte[] pdf) {
    }

    private final DossierAction action;
    private final TextArea reason = new TextArea();
    private final RadioButtonGroup<ResultDelivery> delivery = new RadioButtonGroup<>();
    private final TextField tracking = new TextField();
    /** Set by the upload's request thread, read on confirm (the UI thread). */
    private final AtomicReference<Uploaded> uploaded = new AtomicReference<>();

    private record Uploaded(String fileName, byte[] bytes) {
    }

    DeskActionDialog(DossierAction action, String dossierCode, SerializableConsumer<Choice> confirmed) {
        this.action = action;
        setId("desk-action-dialog");
        addClassName("desk-action-dialog");
        setHeaderTitle(getTranslation("desk.action." + action.name()));
        Paragraph which = new Paragraph(getTranslation("desk.action.forDossier", dossierCode));
        which.addClassName("desk-action-dossier");
        add(which);
        setWidth("min(640px, 96vw)");
        Paragraph explain = new Paragraph(getTranslation("desk.action." + action.name() + ".explain"));
        explain.addClassName("desk-note");
        add(explain);

        if (action == DossierAction.RETURN_RESULT) {
            delivery.setId("desk-action-delivery");
            delivery.setLabel(getTranslation("desk.action.RETURN_RESULT.how"));
            delivery.setItems(ResultDelivery.values());
            delivery.setItemLabelGenerator(how -> getTranslation("desk.delivery." + how.name()));
            delivery.setRequired(true);
            delivery.addValueChangeListener(e -> tracking.setVisible(e.getValue() == ResultDelivery.POSTAL));
            tracking.setId("desk-action-tracking");
            tracking.setLabel(getTranslation("desk.action.RETURN_RESULT.tracking"));
            tracking.setRequiredIndicatorVisible(true);
            tracking.setMaxLength(40);
            tracking.setVisible(false);
            // the red "missing" line goes while the officer types, not only when they leave the field
            tracking.setValueChangeMode(ValueChangeMode.LAZY);
            tracking.addValueChangeListener(e -> {
                if (!e.getValue().isBlank()) {
                    tracking.setInvalid(false);
                }
            });
            add(delivery, tracking);
        } else {
            reason.setId("desk-action-reason");
            reason.setLabel(getTranslation(action.reasonRequired() ? "desk.action." + action.name() + ".reason"
                    : "desk.action.note"));
            reason.setRequiredIndicatorVisible(action.reasonRequired());
            reason.setMaxLength(2000);
            reason.setWidthFull();
            reason.setMinHeight("8em");
            reason.setValueChangeMode(ValueChangeMode.LAZY);
            reason.addValueChangeListener(e -> {
                if (!e.getValue().isBlank()) {
                    reason.setInvalid(false);
                }
            });
            add(reason);
        }
        if (action == DossierAction.FINISH) {
            add(resultUpload());
        }

        Button cancel = new Button(getTranslation("desk.action.cancel"), e -> close());
        cancel.setId("desk-action-cancel");
        Button confirm = new Button(getTranslation("desk.action.confirm"), e -> {
            if (valid()) {
                Uploaded file = uploaded.get();
                close();
                confirmed.accept(new Choice(action, reason.getValue(), delivery.getValue(), tracking.getValue(),
                        file == null ? null : file.fileName(), file == null ? null : file.bytes()));
            }
        });
        confirm.setId("desk-action-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, confirm);
    }

    private Upload resultUpload() {
        UploadHandler handler = UploadHandler.inMemory((metadata, bytes) ->
                uploaded.set(new Uploaded(metadata.fileName(), bytes)));
        Upload upload = new Upload(handler);
        upload.setId("desk-action-result");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(DossierResults.MAX_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("desk.action.FINISH.upload")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("desk.action.FINISH.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("desk.result.TOO_LARGE"))
                .setIncorrectFileType(getTranslation("desk.result.NOT_PDF")));
        upload.setI18n(i18n);
        upload.addFileRemovedListener(e -> uploaded.set(null));
        return upload;
    }

    /** Marks what is missing on the field itself, in words, and keeps the dialog open. */
    boolean valid() {
        if (action == DossierAction.RETURN_RESULT) {
            boolean how = delivery.getValue() != null;
            delivery.setInvalid(!how);
            delivery.setErrorMessage(how ? null : getTranslation("desk.action.RETURN_RESULT.how.missing"));
            boolean tracked = delivery.getValue() != ResultDelivery.POSTAL || !tracking.getValue().isBlank();
            tracking.setInvalid(!tracked);
            tracking.setErrorMessage(tracked ? null : getTranslation("desk.action.RETURN_RESULT.tracking.missing"));
            return how && tracked;
        }
        boolean given = !action.reasonRequired() || !reason.getValue().isBlank();
        reason.setInvalid(!given);
        reason.setErrorMessage(given ? null : getTranslation("desk.action." + action.name() + ".reason.missing"));
        return given;
    }

    TextArea reason() {
        return reason;
    }
}
