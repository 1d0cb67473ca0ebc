package vn.dvc.kiosk.filing.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import vn.dvc.kiosk.catalog.FormField;
import vn.dvc.kiosk.identity.CitizenIdCard;
import vn.dvc.kiosk.shared.i18n.KioskLocales;

/** Answers the card already gives, by the field's {@code prefillFrom}: never asked again, only confirmed. */
final class CardPrefill {

    private CardPrefill() {
    }

    static Optional<String> valueFor(FormField field, CitizenIdCard card, Component screen) {
        if (field.prefillFrom() == null) {
            return Optional.empty();
        }
        String value = switch (field.prefillFrom()) {
            case "fullName" -> card.fullName();
            case "idNumber" -> card.idNumber();
            case "dateOfBirth" -> AnswerInput.DAY.format(card.dateOfBirth());
            // as the list's choices say it (Nam, Nữ), whatever the screen's language: answers are kept in Vietnamese
            case "sex" -> screen.getTranslation(KioskLocales.VIETNAMESE, "identity.sex." + card.sex().name());
            case "permanentAddress" -> card.permanentAddress();
            case "issueDate" -> card.issueDate() == null ? null : AnswerInput.DAY.format(card.issueDate());
            default -> null;
        };
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
