package vn.dvc.kiosk.backoffice.ui;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import vn.dvc.kiosk.backoffice.CounterDossier;
import vn.dvc.kiosk.backoffice.CounterRegistration;
import vn.dvc.kiosk.backoffice.CounterRegistration.Problem;
import vn.dvc.kiosk.catalog.Procedure;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.ResultDelivery;
import vn.dvc.kiosk.dossier.SubmissionChannel;
import vn.dvc.kiosk.dossier.SubmittedDossier;
import vn.dvc.kiosk.identity.CitizenIdNumber;
import vn.dvc.kiosk.shared.security.CurrentStaff;
import vn.dvc.kiosk.shared.security.StaffMember;
import vn.dvc.kiosk.shared.security.StaffRole;
import vn.dvc.kiosk.shared.text.VietnameseText;
import vn.dvc.kiosk.shared.ui.PageTitles;
import vn.dvc.kiosk.shared.ui.StaffLayout;

/**
 * "Tiếp nhận hồ sơ trực tiếp": the officer registers a dossier handed in at the counter or received by public post,
 * in a few fields, on a desk or a tablet. The papers stay on paper; the dossier is accepted at once under the
 * officer's name. After each dossier the form clears for the next resident but keeps the procedure, as a queue at
 * the counter is often for one procedure.
 */
@Route(value = CounterRegistrationView.ROUTE, layout = StaffLayout.class)
@RolesAllowed(StaffRole.Names.OFFICER)
@StyleSheet("/css/desk.css")
@StyleSheet("/css/counter.css")
public class CounterRegistrationView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "can-bo/tiep-nhan-truc-tiep";

    private static final Logger log = LoggerFactory.getLogger(CounterRegistrationView.class);
    private static final Pattern PHONE = Pattern.compile("0\\d{9}");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.]");

    private final CounterRegistration registration;
    private final StaffMember officer;

    final ComboBox<Procedure> procedure = new ComboBox<>();
    final TextField fullName = new TextField();
    final TextField idNumber = new TextField();
    final TextField phone = new TextField();
    final RadioButtonGroup<SubmissionChannel> channel = new RadioButtonGroup<>();
    final RadioButtonGroup<ResultDelivery> delivery = new RadioButtonGroup<>();
    final TextField deliveryAddress = new TextField();
    final IntegerField sets = new IntegerField();
    private final Div message = new Div();
    /** The form's registration key, and the ID number it was first sent with (another resident gets a new key). */
    private String submissionKey = Dossiers.newSubmissionKey();
    private String keyedIdNumber;
    private final Map<Problem, HasValidation> fields = new EnumMap<>(Problem.class);

    public CounterRegistrationView(CounterRegistration registration, CurrentStaff staff) {
        this.registration = registration;
        this.officer = staff.require();
        addClassName("counter-registration");
        Anchor back = new Anchor(DeskQueueView.ROUTE, getTranslation("counter.back"));
        back.getElement().setAttribute("router-link", "");
        back.setId("counter-back");
        back.addClassName("desk-back");
        Paragraph unit = new Paragraph(getTranslation("counter.unit", officer.unitCode()));
        unit.addClassName("desk-note");
        message.setId("counter-message");
        message.getElement().setAttribute("role", "status");
        message.setVisible(false);
        Button register = new Button(getTranslation("counter.submit"));
        // one dossier per tap, however quickly a finger taps twice
        register.setDisableOnClick(true);
        register.addClickListener(click -> {
            try {
                register();
            } finally {
                register.setEnabled(true);
            }
        });
        register.setId("counter-submit");
        register.addThemeVariants(ButtonVariant.PRIMARY);
        register.addClassName("counter-submit");
        // three rows, so that the whole form and its button fit a 1280×800 tablet without scrolling
        Div choices = new Div(channelField(), delivery(), setsField());
        choices.addClassName("counter-row");
        Div form = new Div(procedureField(), applicantFields(), choices, deliveryAddressField());
        form.addClassName("counter-form");
        Div actions = new Div(register);
        actions.addClassName("counter-actions");
        add(back, new H1(getTranslation("counter.title")), unit, message, form, actions);
        fields.put(Problem.PROCEDURE, procedure);
        fields.put(Problem.FULL_NAME, fullName);
        fields.put(Problem.ID_NUMBER, idNumber);
        fields.put(Problem.PHONE, phone);
        fields.put(Problem.CHANNEL, channel);
        fields.put(Problem.RESULT_DELIVERY, delivery);
        fields.put(Problem.DELIVERY_ADDRESS, deliveryAddress);
        fields.put(Problem.NUMBER_OF_SETS, sets);
    }

    private Component procedureField() {
        procedure.setId("counter-procedure");
        procedure.setLabel(getTranslation("counter.procedure"));
        procedure.setPlaceholder(getTranslation("counter.procedure.placeholder"));
        procedure.setItemLabelGenerator(CounterRegistrationView::label);
        List<Procedure> procedures = registration.procedures();
        // forgiving: without tone marks, by a part of the name or of the code
        Map<Procedure, String> folded = new HashMap<>();
        procedures.forEach(p -> folded.put(p, VietnameseText.fold(label(p))));
        procedure.setItems((item, filter) -> folded.getOrDefault(item, "").contains(VietnameseText.fold(filter)),
                procedures);
        procedure.setRequiredIndicatorVisible(true);
        procedure.setClearButtonVisible(true);
        procedure.addClassName("counter-wide");
        return procedure;
    }

    private static String label(Procedure procedure) {
        return procedure.getNameVi() + " (" + procedure.getCode() + ")";
    }

    private Component applicantFields() {
        fullName.setId("counter-full-name");
        fullName.setLabel(getTranslation("counter.fullName"));
        fullName.setRequiredIndicatorVisible(true);
        fullName.setMaxLength(200);
        fullName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);

        idNumber.setId("counter-id-number");
        idNumber.setLabel(getTranslation("counter.idNumber"));
        idNumber.setHelperText(getTranslation("counter.idNumber.helper"));
        idNumber.setRequiredIndicatorVisible(true);
        idNumber.setMaxLength(12);
        idNumber.setAllowedCharPattern("[0-9]");
        idNumber.getElement().setAttribute("inputmode", "numeric");
        idNumber.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);

        phone.setId("counter-phone");
        phone.setLabel(getTranslation("counter.phone"));
        phone.setHelperText(getTranslation("counter.phone.helper"));
        phone.setMaxLength(14);
        phone.setAllowedCharPattern("[0-9 .]");
        phone.getElement().setAttribute("inputmode", "tel");
        phone.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);

        Div row = new Div(fullName, idNumber, phone);
        row.addClassName("counter-row");
        return row;
    }

    private Component channelField() {
        channel.setId("counter-channel");
        channel.setLabel(getTranslation("counter.channel"));
        channel.setItems(SubmissionChannel.IN_PERSON, SubmissionChannel.PUBLIC_POST);
        channel.setItemLabelGenerator(c -> getTranslation("counter.channel." + c.name()));
        channel.setValue(SubmissionChannel.IN_PERSON);
        channel.setRequiredIndicatorVisible(true);
        channel.addClassName("counter-choice");
        return channel;
    }

    private Component delivery() {
        delivery.setId("counter-delivery");
        delivery.setLabel(getTranslation("counter.delivery"));
        delivery.setItems(ResultDelivery.COUNTER, ResultDelivery.POSTAL, ResultDelivery.ELECTRONIC);
        delivery.setItemLabelGenerator(d -> getTranslation("counter.delivery." + d.name()));
        delivery.setValue(ResultDelivery.COUNTER);
        delivery.setRequiredIndicatorVisible(true);
        delivery.addClassName("counter-choice");
        return delivery;
    }

    private Component deliveryAddressField() {
        deliveryAddress.setId("counter-delivery-address");
        deliveryAddress.setLabel(getTranslation("counter.deliveryAddress"));
        deliveryAddress.setMaxLength(500);
        deliveryAddress.setRequiredIndicatorVisible(true);
        deliveryAddress.addClassName("counter-wide");
        deliveryAddress.setVisible(false);
        delivery.addValueChangeListener(change -> {
            boolean postal = change.getValue() == ResultDelivery.POSTAL;
            deliveryAddress.setVisible(postal);
            if (!postal) {
                deliveryAddress.setInvalid(false);
            }
        });
        return deliveryAddress;
    }

    private Component setsField() {
        sets.setId("counter-sets");
        sets.setLabel(getTranslation("counter.sets"));
        sets.setHelperText(getTranslation("counter.sets.helper"));
        sets.setMin(1);
        sets.setMax(CounterRegistration.MAX_SETS);
        sets.setStepButtonsVisible(true);
        String outOfRange = messageFor(Problem.NUMBER_OF_SETS);
        sets.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(outOfRange)
                .setMaxErrorMessage(outOfRange).setBadInputErrorMessage(outOfRange));
        sets.addClassName("counter-sets");
        return sets;
    }

    /** The form as typed, checked here first so that every message sits next to its field. */
    void register() {
        // a number the field could not read (the field's own check) has no value: remember it before clearing
        boolean setsUnreadable = sets.isInvalid() && sets.getValue() == null;
        message.setVisible(false);
        fields.values().forEach(field -> field.setInvalid(false));
        Map<Problem, String> problems = check();
        if (setsUnreadable) {
            problems.put(Problem.NUMBER_OF_SETS, messageFor(Problem.NUMBER_OF_SETS));
        }
        if (!problems.isEmpty()) {
            show(problems);
            return;
        }
        CounterDossier form = new CounterDossier(procedure.getValue().getCode(), fullName.getValue(),
                idNumber.getValue(), phone.getValue(), channel.getValue(), delivery.getValue(),
                delivery.getValue() == ResultDelivery.POSTAL ? deliveryAddress.getValue() : null, sets.getValue());
        if (keyedIdNumber != null && !keyedIdNumber.equals(form.idNumber().strip())) {
            submissionKey = Dossiers.newSubmissionKey();
        }
        keyedIdNumber = form.idNumber().strip();
        SubmittedDossier submitted;
        try {
            submitted = registration.register(officer, form, submissionKey);
        } catch (CounterRegistration.Refused refused) {
            Map<Problem, String> found = new EnumMap<>(Problem.class);
            refused.problems().forEach(problem -> found.put(problem, messageFor(problem)));
            show(found);
            return;
        } catch (DataAccessException | TransactionException failure) {
            // class names only: a database message may quote what was typed
            log.error("Counter registration at unit {} failed: {} ({})", officer.unitCode(),
                    failure.getClass().getSimpleName(),
                    failure.getMostSpecificCause() == null ? "-"
                            : failure.getMostSpecificCause().getClass().getSimpleName());
            showMessage(new Span(getTranslation("counter.failed")), "counter-message-error");
            return;
        }
        registered(submitted);
    }

    private Map<Problem, String> check() {
        Map<Problem, String> problems = new EnumMap<>(Problem.class);
        if (procedure.getValue() == null) {
            problems.put(Problem.PROCEDURE, messageFor(Problem.PROCEDURE));
        }
        if (fullName.getValue().isBlank()) {
            problems.put(Problem.FULL_NAME, messageFor(Problem.FULL_NAME));
        }
        String id = idNumber.getValue().strip();
        if (id.isEmpty()) {
            problems.put(Problem.ID_NUMBER, getTranslation("counter.error.idNumber.missing"));
        } else if (!id.matches("\\d{12}")) {
            problems.put(Problem.ID_NUMBER, getTranslation("counter.error.idNumber.length", id.length()));
        } else if (CitizenIdNumber.check(id, null, null).isPresent()) {
            problems.put(Problem.ID_NUMBER, getTranslation("counter.error.idNumber.province", id.substring(0, 3)));
        }
        String digits = PHONE_SEPARATORS.matcher(phone.getValue()).replaceAll("");
        if (!digits.isEmpty() && !PHONE.matcher(digits).matches()) {
            problems.put(Problem.PHONE, messageFor(Problem.PHONE));
        }
        if (channel.getValue() == null) {
            problems.put(Problem.CHANNEL, messageFor(Problem.CHANNEL));
        }
        if (delivery.getValue() == null) {
            problems.put(Problem.RESULT_DELIVERY, messageFor(Problem.RESULT_DELIVERY));
        } else if (delivery.getValue() == ResultDelivery.POSTAL && deliveryAddress.getValue().isBlank()) {
            problems.put(Problem.DELIVERY_ADDRESS, messageFor(Problem.DELIVERY_ADDRESS));
        }
        if (sets.getValue() != null
                && (sets.getValue() < 1 || sets.getValue() > CounterRegistration.MAX_SETS)) {
            problems.put(Problem.NUMBER_OF_SETS, messageFor(Problem.NUMBER_OF_SETS));
        }
        return problems;
    }

    private String messageFor(Problem problem) {
        return problem == Problem.NUMBER_OF_SETS
                ? getTranslation("counter.error.NUMBER_OF_SETS", CounterRegistration.MAX_SETS)
                : getTranslation("counter.error." + problem.name());
    }

    /** Each message next to its field, a summary on top, and the focus on the first field to fix. */
    private void show(Map<Problem, String> problems) {
        problems.forEach((problem, text) -> {
            HasValidation field = fields.get(problem);
            field.setErrorMessage(text);
            field.setInvalid(true);
        });
        showMessage(new Span(getTranslation("counter.error.summary", problems.size())), "counter-message-error");
        Problem first = problems.keySet().iterator().next();
        if (fields.get(first) instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.focus();
        }
    }

    private void registered(SubmittedDossier submitted) {
        String href = DeskQueueView.ROUTE + "/" + submitted.code();
        Anchor open = new Anchor(href, getTranslation("counter.done.open"));
        open.getElement().setAttribute("router-link", "");
        open.setId("counter-done-open");
        open.addClassName("counter-done-open");
        Span text = new Span(getTranslation("counter.done", submitted.code(),
                DeskLabels.day(submitted.appointmentDate())));
        text.setId("counter-done-code");
        showMessage(new Div(text, open), "counter-message-done");

        Anchor notificationLink = new Anchor(href, getTranslation("counter.done.open"));
        notificationLink.getElement().setAttribute("router-link", "");
        Div notice = new Div(new Span(getTranslation("counter.done.short", submitted.code())), notificationLink);
        notice.addClassName("counter-notification");
        Notification notification = new Notification(notice);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
        // at the bottom: the header's sign-out button stays free
        notification.setPosition(Notification.Position.BOTTOM_END);
        notification.setDuration(8000);
        notificationLink.getElement().addEventListener("click", click -> notification.close());
        open.getElement().addEventListener("click", click -> notification.close());
        notification.open();

        // ready for the next resident: the same procedure, everything else as new
        submissionKey = Dossiers.newSubmissionKey();
        keyedIdNumber = null;
        fullName.clear();
        idNumber.clear();
        phone.clear();
        channel.setValue(SubmissionChannel.IN_PERSON);
        delivery.setValue(ResultDelivery.COUNTER);
        deliveryAddress.clear();
        sets.clear();
        fields.values().forEach(field -> field.setInvalid(false));
        fullName.focus();
    }

    private void showMessage(Component content, String kind) {
        message.removeAll();
        message.removeClassNames("counter-message-error", "counter-message-done");
        message.addClassNames("staff-message", kind);
        message.add(content);
        message.setVisible(true);
    }

    /** What the last attempt said, for tests. */
    String message() {
        return message.isVisible() ? message.getElement().getTextRecursively() : "";
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("counter.title"));
    }
}
