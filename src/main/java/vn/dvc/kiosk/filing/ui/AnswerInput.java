package vn.dvc.kiosk.filing.ui;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.dvc.kiosk.catalog.FieldType;
import vn.dvc.kiosk.catalog.FormField;
import vn.dvc.kiosk.catalog.NationalCodeLists;
import vn.dvc.kiosk.shared.text.ForgivingMatcher;
import vn.dvc.kiosk.shared.text.VietnameseText;
import vn.dvc.kiosk.shared.ui.OnScreenKeyboard;
import vn.dvc.kiosk.shared.ui.ResidentInputs;
import vn.dvc.kiosk.shared.ui.SelectListLabels;

/**
 * The input for one declared form field, chosen by its type: big text fields, day/month/year lists for dates, big
 * choices for short lists and yes/no, and for long lists (ethnic group, nationality) the usual choices with a search
 * that brings any other to the top. Values are kept as text (dates as dd/MM/yyyy), exactly as shown on the review
 * page.
 */
abstract class AnswerInput {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Lists up to this long are shown whole, as big choices; longer ones get {@link ListInput}. */
    static final int SHORT_LIST = 8;

    abstract Component component();

    abstract String value();

    abstract void value(String value);

    /** An i18n key saying what is wrong, if anything. */
    abstract Optional<String> problem(boolean required);

    abstract void showProblem(String message);

    /** The on-screen keyboard this input is typed with, if it is typed at all. */
    Optional<OnScreenKeyboard> keyboard() {
        return Optional.empty();
    }

    /** The i18n key of the help under the question. */
    String helpKey(FieldType type) {
        return "filing.help." + type.name();
    }

    static AnswerInput of(FormField field, String label, Component screen) {
        return switch (field.type()) {
            case DATE -> new DateInput(label, screen);
            case SELECT -> select(field.optionList(), label, screen);
            case CHECKBOX -> new ChoiceInput(label, screen.getTranslation("filing.yes"), screen.getTranslation("filing.no"));
            case ADDRESS -> new TextInput(new TextArea(label), "address");
            case EMAIL -> new TextInput(new EmailField(label), "email");
            case PHONE -> new TextInput(new TextField(label), "phone");
            case NUMBER -> new TextInput(new TextField(label), "number");
            case ID_NUMBER -> new TextInput(new TextField(label), "idNumber");
            case TEXT -> new TextInput(new TextField(label), "text");
        };
    }

    private static AnswerInput select(List<String> options, String label, Component screen) {
        if (options.isEmpty()) {
            return new TextInput(new TextField(label), "text");
        }
        return options.size() <= SHORT_LIST ? new ChoiceInput(label, options.toArray(String[]::new))
                : new ListInput(label, options, screen);
    }

    /**
     * The longest typed answer: a paragraph is plenty for any form field, and a dossier's answer column (TEXT, 64 KB
     * of UTF-8) holds it many times over.
     */
    static final int MAX_TEXT_LENGTH = 2_000;

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
            field.getElement().setProperty("maxlength", MAX_TEXT_LENGTH);
            ResidentInputs.notRemembered(field);
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
            // checked here too: the browser's maxlength is only a courtesy to an honest browser
            if (value.length() > MAX_TEXT_LENGTH) {
                return Optional.of("filing.problem.tooLong");
            }
            // pasted or injected (NUL, escape sequences), never typed: they would break printing and exports
            if (value.chars().anyMatch(Character::isISOControl)) {
                return Optional.of("filing.problem.characters");
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

        @Override
        Optional<OnScreenKeyboard> keyboard() {
            return Optional.of(new OnScreenKeyboard());
        }
    }

    /** A few big choices, one tap each. */
    static final class ChoiceInput extends AnswerInput {
        private final RadioButtonGroup<String> group = new RadioButtonGroup<>();
        private final List<String> options;

        ChoiceInput(String label, String... options) {
            this.options = List.of(options);
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

        /** A value that is not one of the choices (typed before the list existed) leaves them all unchosen. */
        @Override
        void value(String value) {
            group.setValue(value != null && options.contains(value) ? value : null);
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

    /**
     * A long list (54 ethnic groups, some 240 countries) by touch: the first few as big choices, the most usual first;
     * a search box above them (typed on the on-screen keyboard, accents optional, forgiving of slips) that moves the
     * names it finds to the top; and "Show more" for residents who would rather not type. Typing never changes how
     * many choices are shown, so nothing below the list, the keyboard included, moves under the finger. The answer is
     * always one of the list's names.
     */
    static final class ListInput extends AnswerInput {
        static final String SEARCH_ID = "answer-search";
        static final int FIRST = 6;
        static final int MORE = 12;

        private final List<String> options;
        /** each option's folded words, and those of the other names it is known by */
        private final Map<String, List<List<String>>> searchWords;
        private final Component screen;
        private final TextField search = new TextField();
        private final RadioButtonGroup<String> choices = new RadioButtonGroup<>();
        private final Button more = new Button();
        private final Div box;
        private int shown = FIRST;
        private String chosen;
        private List<String> onScreen = List.of();

        ListInput(String label, List<String> options, Component screen) {
            this.options = options.stream().distinct().toList();
            this.screen = screen;
            this.searchWords = this.options.stream().collect(Collectors.toMap(Function.identity(), ListInput::words));
            search.setId(SEARCH_ID);
            search.setLabel(screen.getTranslation("filing.list.search"));
            search.setPrefixComponent(VaadinIcon.SEARCH.create());
            search.setValueChangeMode(ValueChangeMode.EAGER);
            ResidentInputs.notRemembered(search);
            search.addValueChangeListener(e -> show());
            choices.setLabel(label);
            choices.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            choices.addClassName("answer-choices");
            choices.setId("answer-choices");
            choices.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    chosen = e.getValue();
                }
            });
            more.setId("answer-more");
            more.setIcon(VaadinIcon.ANGLE_DOWN.create());
            more.addClickListener(e -> {
                shown += MORE;
                show();
            });
            Div moreRow = new Div(more); // on a line of its own, under the choices
            moreRow.addClassName("answer-more");
            box = new Div(search, choices, moreRow);
            box.addClassName("answer-list");
            box.setId("answer");
            show();
        }

        /** The name, its words run together ("Ba-na" as "Bana", "Việt Nam" as "Việtnam") and its other names. */
        private static List<List<String>> words(String option) {
            List<List<String>> words = new ArrayList<>();
            words.add(VietnameseText.words(option));
            words.add(List.of(String.join("", VietnameseText.words(option))));
            NationalCodeLists.otherNames(option).forEach(other -> words.add(VietnameseText.words(other)));
            return words;
        }

        private double score(ForgivingMatcher matcher, String option) {
            return searchWords.get(option).stream().mapToDouble(matcher::score).max().orElse(0);
        }

        /** Shows the first choices: those the search finds first, best first, then the rest in list order. */
        private void show() {
            ForgivingMatcher matcher = new ForgivingMatcher(search.getValue());
            List<String> ranked = options;
            long found = 0;
            if (!matcher.isEmpty()) {
                Map<String, Double> scores = options.stream()
                        .collect(Collectors.toMap(Function.identity(), option -> score(matcher, option)));
                ranked = options.stream().sorted(Comparator.comparingDouble((String o) -> scores.get(o)).reversed())
                        .toList();
                found = scores.values().stream().filter(score -> score > 0).count();
            }
            List<String> visible = new ArrayList<>(ranked.subList(0, Math.min(shown, ranked.size())));
            if (chosen != null && !visible.contains(chosen)) {
                visible.addFirst(chosen);
                visible.removeLast();
            }
            // a new set of items is new radio buttons on the screen: one tapped while an earlier keystroke's answer
            // was on its way would be lost, so the buttons are only replaced when what they show changes
            if (!visible.equals(onScreen)) {
                onScreen = List.copyOf(visible);
                choices.setItems(onScreen);
            }
            if (!java.util.Objects.equals(choices.getValue(), chosen)) {
                choices.setValue(chosen);
            }
            search.setHelperText(matcher.isEmpty() ? screen.getTranslation("filing.list.search.help")
                    : found == 0 ? screen.getTranslation("filing.list.none")
                    : screen.getTranslation("filing.list.found", found));
            int left = options.size() - visible.size();
            more.setText(screen.getTranslation("filing.list.more", left));
            more.setVisible(left > 0);
        }

        @Override
        Component component() {
            return box;
        }

        @Override
        String value() {
            return chosen == null ? "" : chosen;
        }

        /** A value not in the list (typed before the list existed) is put in the search box, to be chosen again. */
        @Override
        void value(String value) {
            if (value != null && options.contains(value)) {
                chosen = value;
            } else if (value != null && !value.isBlank()) {
                chosen = null;
                search.setValue(value);
            }
            show();
        }

        @Override
        Optional<String> problem(boolean required) {
            if (chosen == null) {
                return required ? Optional.of("filing.problem.list") : Optional.empty();
            }
            return options.contains(chosen) ? Optional.empty() : Optional.of("filing.problem.list");
        }

        @Override
        void showProblem(String message) {
            choices.setErrorMessage(message);
            choices.setInvalid(message != null);
        }

        @Override
        Optional<OnScreenKeyboard> keyboard() {
            return Optional.of(new OnScreenKeyboard(SEARCH_ID));
        }

        @Override
        String helpKey(FieldType type) {
            return "filing.help.LIST";
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
