package vn.dvc.kiosk.identity.ui;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.dvc.kiosk.identity.CardProblem;
import vn.dvc.kiosk.identity.CitizenIdCard;
import vn.dvc.kiosk.identity.CitizenIdNumber;
import vn.dvc.kiosk.identity.ResidentIdentity;
import vn.dvc.kiosk.identity.Sex;
import vn.dvc.kiosk.shared.text.VietnameseText;
import vn.dvc.kiosk.shared.ui.BackLink;
import vn.dvc.kiosk.shared.ui.KioskLayout;
import vn.dvc.kiosk.shared.ui.ResidentInputs;
import vn.dvc.kiosk.shared.ui.Speech;
import vn.dvc.kiosk.shared.ui.OnScreenKeyboard;
import vn.dvc.kiosk.shared.ui.PageTitles;
import vn.dvc.kiosk.shared.ui.SelectListLabels;

/**
 * For a damaged card or no camera: the card's details typed in large fields, the date of birth chosen with big
 * day/month/year lists, the same checks as a scanned card. Prefilled with what was read when correcting a scan.
 */
@Route(value = "dinh-danh/nhap-tay", layout = KioskLayout.class)
@AnonymousAllowed
class ManualEntryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Said aloud when the form is refused: a resident who cannot read the red lines hears the first one. */
    private String firstProblem;

    private final ResidentIdentity identity;
    private final TextField idNumber = new TextField();
    private final TextField fullName = new TextField();
    private final Select<Integer> day = new Select<>();
    private final Select<Integer> month = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final Paragraph dateError = new Paragraph();
    private final RadioButtonGroup<Sex> sex = new RadioButtonGroup<>();
    private final TextArea address = new TextArea();
    private QueryParameters carried = QueryParameters.empty();

    ManualEntryView(ResidentIdentity identity) {
        this.identity = identity;
        addClassName("manual-entry-view");
        idNumber.setLabel(getTranslation("identity.field.idNumber"));
        idNumber.setHelperText(getTranslation("identity.manual.idNumber.help"));
        idNumber.setMaxLength(12);
        idNumber.setAllowedCharPattern("[0-9]");
        idNumber.getElement().setAttribute("inputmode", "numeric");
        idNumber.setId("manual-id-number");
        fullName.setLabel(getTranslation("identity.field.fullName"));
        fullName.setId("manual-full-name");
        ResidentInputs.notRemembered(fullName);
        ResidentInputs.notRemembered(idNumber);
        day.setLabel(getTranslation("identity.day"));
        day.setItems(IntStream.rangeClosed(1, 31).boxed().toList());
        day.setId("manual-day");
        month.setLabel(getTranslation("identity.month"));
        month.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        month.setId("manual-month");
        year.setLabel(getTranslation("identity.year"));
        int thisYear = Year.now().getValue();
        year.setItems(IntStream.rangeClosed(0, 110).map(i -> thisYear - i).boxed().toList());
        year.setId("manual-year");
        SelectListLabels.nameListAfterLabel(day);
        SelectListLabels.nameListAfterLabel(month);
        SelectListLabels.nameListAfterLabel(year);
        dateError.addClassName("field-error");
        dateError.setId("manual-date-error");
        dateError.getElement().setAttribute("aria-live", "polite");
        sex.setLabel(getTranslation("identity.field.sex"));
        sex.setItems(List.of(Sex.MALE, Sex.FEMALE));
        sex.setItemLabelGenerator(s -> getTranslation("identity.sex." + s.name()));
        sex.setId("manual-sex");
        address.setLabel(getTranslation("identity.field.address"));
        address.setId("manual-address");
        ResidentInputs.notRemembered(address);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        carried = IdentityFlow.carried(event);
        removeAll();
        identity.awaitingConfirmation().ifPresent(this::prefill);
        Div dateRow = new Div(day, month, year);
        dateRow.addClassName("date-row");
        Div date = new Div(new Paragraph(getTranslation("identity.field.dateOfBirth")), dateRow, dateError);
        date.addClassName("date-field");
        Button next = new Button(getTranslation("identity.manual.continue"), VaadinIcon.ARROW_RIGHT.create(),
                e -> submit());
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.setId("manual-continue");
        Div form = new Div(idNumber, fullName, date, sex, address);
        form.addClassName("manual-form");
        Div actions = new Div(next);
        actions.addClassName("actions");
        add(new BackLink(IdentityFlow.withCarried("dinh-danh", carried)), new H1(getTranslation("identity.manual.title")),
                form, new OnScreenKeyboard(), actions);
    }

    private void prefill(CitizenIdCard card) {
        idNumber.setValue(card.idNumber());
        fullName.setValue(card.fullName());
        day.setValue(card.dateOfBirth().getDayOfMonth());
        month.setValue(card.dateOfBirth().getMonthValue());
        year.setValue(card.dateOfBirth().getYear());
        sex.setValue(card.sex());
        address.setValue(card.permanentAddress() == null ? "" : card.permanentAddress());
    }

    private void submit() {
        clearErrors();
        String id = idNumber.getValue().strip();
        String name = VietnameseText.nfc(fullName.getValue().strip().replaceAll("\\s+", " "));
        Optional<LocalDate> dateOfBirth = dateOfBirth();
        boolean ok = required(fullName, name);
        if (id.isEmpty()) {
            invalid(idNumber, "identity.manual.required");
            ok = false;
        } else if (!id.matches("\\d{12}")) {
            invalid(idNumber, "identity.manual.idNumber.digits");
            ok = false;
        }
        if (dateOfBirth.isEmpty()) {
            dateError.setText(getTranslation("identity.manual.date"));
            firstProblem = firstProblem == null ? dateError.getText() : firstProblem;
            ok = false;
        }
        if (sex.isEmpty()) {
            sex.setInvalid(true);
            sex.setErrorMessage(getTranslation("identity.manual.required"));
            firstProblem = firstProblem == null ? sex.getErrorMessage() : firstProblem;
            ok = false;
        }
        if (!ok) {
            Speech.say(this, firstProblem);
            return;
        }
        Optional<CardProblem> problem = CitizenIdNumber.check(id, dateOfBirth.get(), sex.getValue());
        if (problem.isPresent()) {
            invalid(idNumber, "identity.problem." + problem.get().name());
            Speech.say(this, firstProblem);
            return;
        }
        String printed = address.getValue().isBlank() ? null : VietnameseText.nfc(address.getValue().strip());
        identity.read(new CitizenIdCard(id, null, name, dateOfBirth.get(), sex.getValue(), printed, null));
        getUI().ifPresent(ui -> ui.navigate(ConfirmCardView.class, carried));
    }

    private Optional<LocalDate> dateOfBirth() {
        if (day.isEmpty() || month.isEmpty() || year.isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(year.getValue(), month.getValue(), day.getValue());
            return date.isAfter(LocalDate.now()) ? Optional.empty() : Optional.of(date);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private boolean required(TextField field, String value) {
        if (value.isEmpty()) {
            invalid(field, "identity.manual.required");
            return false;
        }
        return true;
    }

    private void invalid(TextField field, String messageKey) {
        field.setInvalid(true);
        field.setErrorMessage(getTranslation(messageKey));
        firstProblem = firstProblem == null ? field.getErrorMessage() : firstProblem;
    }

    private void clearErrors() {
        firstProblem = null;
        idNumber.setInvalid(false);
        fullName.setInvalid(false);
        sex.setInvalid(false);
        dateError.setText("");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("identity.manual.title"));
    }
}
