package vn.dvc.kiosk.filing.ui;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.dvc.kiosk.catalog.FormField;
import vn.dvc.kiosk.shared.ui.SelectListLabels;

/**
 * The input for one declared form field, chosen by its type: big text fields, day/month/year lists for dates, big
 * choices for lists and yes/no. Values are kept as text (dates as dd/MM/yyyy), exactly as shown on the review page.
 */
abstract class AnswerInput {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    abstract Component component();

    abstract String value();

    abstract void value(String value);

    /** An i18n key saying what is wrong, if anything. */
    abstract Optional<String> problem(boolean required);

    abstract void showProblem(String message);

    static AnswerInput of(FormField field, String label, Component screen) {
        return switch (field.type()) {
            case DATE -> new DateInput(label, screen);
            case SELECT -> field.optionList().isEmpty() ? new TextInput(new TextField(label), "text")
                    : new ChoiceInput(label, field.optionList().toArray(String[]::new));
            case CHECKBOX -> new ChoiceInput(label, screen.getTranslation("filing.yes"), screen.getTranslation("filing.no"));
            case ADDRESS -> new TextInput(new TextArea(label), "address");
            case EMAIL -> new TextInput(new EmailField(label), "email");
            case PHONE -> new TextInput(new TextField(label), "phone");
            case NUMBER -> new TextInput(new TextField(label), "number");
            case ID_NUMBER -> new TextInput(new TextField(label), "idNumber");
            case TEXT -> new TextInput(new TextField(label), "text");
        };
    }

    /** Any single-line or multi-line text, with the checks its kind needs. */
    static final class TextInput extends AnswerInput {
        private final Component component;
        private final HasValue<?, String> field;
        private final HasValidation validation;
        private final String kind;

        <F extends Component & HasValue<?, String> & HasValidation> TextInput(F field, String kind) {
            this.component = field;
            this.field = field;
            this.validation = field;
            this.kind = kind;
            field.setId("answer");
            field.getElement().setAttribute("autocomplete", "off");
            if (kind.equals("phone") || kind.equals("number") || kind.equals("idNumber")) {
                field.getElement().setAttribute("inputmode", "numeric");
            }
        }

        @Override
        Component component() {
            return component;
        }

        @Override
        String value() {
            return field.getValue().strip().replaceAll("\\s+", " ");
        }

        @Override
        void value(String value) {
            field.setValue(value == null ? "" : value);
        }

        @Override
        Optional<String> problem(boolean required) {
            String value = value();
            if (value.isEmpty()) {
                return required ? Optional.of("filing.problem.required") : Optional.empty();
            }
            return switch (kind) {
                case "phone" -> value.replaceAll("[ .]", "").matches("0\\d{9}") ? Optional.empty()
                        : Optional.of("filing.problem.phone");
                case "email" -> value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? Optional.empty()
                        : Optional.of("filing.problem.email");
                case "number" -> value.matches("\\d+") ? Optional.empty() : Optional.of("filing.problem.number");
                case "idNumber" -> value.matches("\\d{12}") ? Optional.empty() : Optional.of("filing.problem.idNumber");
                default -> Optional.empty();
            };
        }

        @Override
        void showProblem(String message) {
            validation.setErrorMessage(message);
            validation.setInvalid(message != null);
        }
    }

    /** A few big choices, one tap each. */
    static final class ChoiceInput extends AnswerInput {
        private final RadioButtonGroup<String> group = new RadioButtonGroup<>();

        ChoiceInput(String label, String... options) {
            group.setLabel(label);
            group.setItems(options);
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setId("answer");
            group.addClassName("answer-choices");
        }

        @Override
        Component component() {
            return group;
        }

        @Override
        String value() {
            return group.getValue() == null ? "" : group.getValue();
        }

        @Override
        void value(String value) {
            group.setValue(value == null || value.isEmpty() ? null : value);
        }

        @Override
        Optional<String> problem(boolean required) {
            return required && group.isEmpty() ? Optional.of("filing.problem.choose") : Optional.empty();
        }

        @Override
        void showProblem(String message) {
            group.setErrorMessage(message);
            group.setInvalid(message != null);
        }
    }

    /** A date as day, month and year lists: no small calendar to aim at. */
    static final class DateInput extends AnswerInput {
        private final Select<Integer> day = new Select<>();
        private final Select<Integer> month = new Select<>();
        private final Select<Integer> year = new Select<>();
        private final Div box;

        DateInput(String label, Component screen) {
            day.setLabel(screen.getTranslation("identity.day"));
            day.setItems(IntStream.rangeClosed(1, 31).boxed().toList());
            month.setLabel(screen.getTranslation("identity.month"));
            month.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
            year.setLabel(screen.getTranslation("identity.year"));
            int thisYear = Year.now().getValue();
            year.setItems(IntStream.rangeClosed(0, 110).map(i -> thisYear + 1 - i).boxed().toList());
            day.setId("answer-day");
            month.setId("answer-month");
            year.setId("answer-year");
            SelectListLabels.nameListAfterLabel(day);
            SelectListLabels.nameListAfterLabel(month);
            SelectListLabels.nameListAfterLabel(year);
            Div row = new Div(day, month, year);
            row.addClassName("date-row");
            box = new Div(new com.vaadin.flow.component.html.Paragraph(label), row);
            box.addClassName("date-field");
            box.setId("answer");
        }

        @Override
        Component component() {
            return box;
        }

        @Override
        String value() {
            return date().map(DAY::format).orElse("");
        }

        private Optional<LocalDate> date() {
            if (day.isEmpty() || month.isEmpty() || year.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.of(year.getValue(), month.getValue(), day.getValue()));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }

        @Override
        void value(String value) {
            if (value == null || value.isBlank()) {
                return;
            }
            try {
                LocalDate date = LocalDate.parse(value, DAY);
                day.setValue(date.getDayOfMonth());
                month.setValue(date.getMonthValue());
                year.setValue(date.getYear());
            } catch (DateTimeException e) {
                // not a date we wrote: leave the lists empty for the resident to choose
            }
        }

        @Override
        Optional<String> problem(boolean required) {
            boolean nothing = day.isEmpty() && month.isEmpty() && year.isEmpty();
            if (nothing) {
                return required ? Optional.of("filing.problem.date") : Optional.empty();
            }
            return date().isPresent() ? Optional.empty() : Optional.of("filing.problem.date");
        }

        @Override
        void showProblem(String message) {
            day.setInvalid(message != null);
            month.setInvalid(message != null);
            year.setInvalid(message != null);
            day.setErrorMessage(message);
        }
    }
}
