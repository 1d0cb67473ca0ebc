package vn.dvc.kiosk.filing.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dvc.kiosk.catalog.Catalog;
import vn.dvc.kiosk.catalog.FieldType;
import vn.dvc.kiosk.catalog.Procedure;
import vn.dvc.kiosk.catalog.ResultChannel;
import vn.dvc.kiosk.dossier.ResultDelivery;
import vn.dvc.kiosk.dossier.SubmittedDossier;
import vn.dvc.kiosk.filing.FeeDue;
import vn.dvc.kiosk.filing.FilingDraft;
import vn.dvc.kiosk.filing.FilingDrafts;
import vn.dvc.kiosk.filing.Submission;
import vn.dvc.kiosk.identity.CitizenIdCard;
import vn.dvc.kiosk.identity.ResidentIdentity;
import vn.dvc.kiosk.payment.PaymentMethod;
import vn.dvc.kiosk.payment.Payments;
import vn.dvc.kiosk.shared.ui.KioskLayout;
import vn.dvc.kiosk.shared.ui.OnScreenKeyboard;
import vn.dvc.kiosk.shared.ui.ResidentInputs;
import vn.dvc.kiosk.shared.ui.Speech;

/**
 * How the resident gets the result (counter, post to the address on the card, electronic) and how to reach them,
 * then "Submit". A failure while submitting keeps every answer and says what to do.
 */
@Route(value = "nop-ho-so/:code/nhan-ket-qua", layout = KioskLayout.class)
@AnonymousAllowed
class DeliveryView extends FilingScreen {

    private static final Logger log = LoggerFactory.getLogger(DeliveryView.class);

    private final Submission submission;
    private final Payments payments;
    private final Clock clock;

    DeliveryView(Catalog catalog, ResidentIdentity identity, FilingDrafts drafts, Submission submission,
            Payments payments, Clock clock) {
        super(catalog, identity, drafts);
        this.clock = clock;
        this.submission = submission;
        this.payments = payments;
    }

    /** The phone or email the resident already gave in the procedure's own questions: not asked twice. */
    private static String answerOfType(Procedure procedure, FilingDraft draft, FieldType type) {
        return procedure.getFormFields().stream().filter(f -> f.type() == type).map(f -> draft.answer(f.key()))
                .filter(answer -> !answer.isBlank()).findFirst().orElse("");
    }

    /** A known fee above 0 and a way to pay it here: the resident is offered to pay now. */
    private boolean feePayableOnline(Procedure procedure, FilingDraft draft) {
        Long due = FeeDue.forOnlineFiling(procedure, draft, LocalDate.now(clock));
        return due != null && due > 0
                && (payments.offers(PaymentMethod.VIETQR) || payments.offers(PaymentMethod.VNPAY));
    }

    @Override
    protected void show(Procedure procedure, CitizenIdCard card, FilingDraft draft, BeforeEnterEvent event) {
        RadioButtonGroup<ResultDelivery> delivery = new RadioButtonGroup<>(getTranslation("filing.delivery.label"));
        Set<ResultChannel> channels = procedure.getResultChannels();
        delivery.setItems(channels.stream().map(c -> ResultDelivery.valueOf(c.name())).toList());
        delivery.setItemLabelGenerator(d -> getTranslation("channel." + d.name()));
        delivery.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        delivery.addClassName("answer-choices");
        delivery.setId("delivery");
        delivery.setValue(draft.delivery() != null ? draft.delivery() : ResultDelivery.COUNTER);

        TextArea address = new TextArea(getTranslation("filing.delivery.address"));
        address.setId("delivery-address");
        address.setValue(draft.deliveryAddress() != null ? draft.deliveryAddress()
                : card.permanentAddress() == null ? "" : card.permanentAddress());
        address.setVisible(delivery.getValue() == ResultDelivery.POSTAL);
        delivery.addValueChangeListener(e -> address.setVisible(e.getValue() == ResultDelivery.POSTAL));

        TextField phone = new TextField(getTranslation("filing.delivery.phone"));
        phone.setId("delivery-phone");
        phone.getElement().setAttribute("inputmode", "tel");
        phone.setHelperText(getTranslation("filing.delivery.contact.help"));
        phone.setValue(draft.phone() != null ? draft.phone() : answerOfType(procedure, draft, FieldType.PHONE));
        EmailField email = new EmailField(getTranslation("filing.delivery.email"));
        email.setId("delivery-email");
        ResidentInputs.notRemembered(address, phone, email);
        email.setValue(draft.email() != null ? draft.email() : answerOfType(procedure, draft, FieldType.EMAIL));

        Paragraph failure = new Paragraph();
        failure.addClassName("card-problem-message");
        failure.setId("submit-problem");
        failure.getElement().setAttribute("role", "alert");
        failure.setVisible(false);

        Button back = new Button(getTranslation("layout.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(route(procedure, "kiem-tra"))));
        back.setId("delivery-back");
        Button submit = new Button(getTranslation("filing.submit"), VaadinIcon.PAPERPLANE.create());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setId("submit");
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            draft.deliverTo(delivery.getValue(), address.getValue().strip(), phone.getValue().strip(),
                    email.getValue().strip());
            try {
                String next = feePayableOnline(procedure, draft) ? "thanh-toan/" : "bien-nhan/";
                SubmittedDossier dossier = submission.submit(procedure, card, draft);
                getUI().ifPresent(ui -> ui.navigate(next + dossier.trackingToken()));
            } catch (Submission.Refused refused) {
                failure.setText(getTranslation("filing.submit.refused." + refused.reason()));
                failure.setVisible(true);
                Speech.say(this, failure.getText());
                submit.setEnabled(true);
            } catch (RuntimeException unexpected) {
                log.error("Submission failed; the draft is kept in the session", unexpected);
                failure.setText(getTranslation("filing.submit.failed"));
                failure.setVisible(true);
                Speech.say(this, failure.getText());
                submit.setEnabled(true);
            }
        });
        Div actions = new Div(back, submit);
        actions.addClassNames("actions", "question-actions");
        Div form = new Div(delivery, address, phone, email);
        form.addClassName("manual-form");
        add(new FilingProgress(FilingProgress.Step.DELIVERY, procedure), new H1(getTranslation("filing.delivery.title")), form,
                failure, actions, new OnScreenKeyboard());
    }
}
