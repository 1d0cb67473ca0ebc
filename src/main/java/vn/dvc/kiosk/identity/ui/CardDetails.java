package vn.dvc.kiosk.identity.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.html.DescriptionList;
import vn.dvc.kiosk.identity.CitizenIdCard;

/** The card's details in big type, for the resident to check. */
class CardDetails extends DescriptionList {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    CardDetails(CitizenIdCard card, String addressNow) {
        addClassName("card-details");
        setId("card-details");
        row("identity.field.fullName", card.fullName(), "card-name");
        row("identity.field.dateOfBirth", DAY.format(card.dateOfBirth()), "card-dob");
        row("identity.field.sex", getTranslation("identity.sex." + card.sex().name()), "card-sex");
        row("identity.field.idNumber", spaced(card.idNumber()), "card-id");
        if (card.permanentAddress() != null && !card.permanentAddress().isBlank()) {
            row("identity.field.address", card.permanentAddress(), "card-address");
        }
        if (addressNow != null) {
            row("identity.field.addressNow", addressNow, "card-address-now");
        }
    }

    private void row(String labelKey, String value, String id) {
        Term term = new Term(getTranslation(labelKey));
        Description description = new Description(value);
        description.setId(id);
        add(term, description);
    }

    /** 001 203 012 345: easier to compare with the card than twelve digits in a row. */
    static String spaced(String idNumber) {
        return idNumber.replaceAll("(\\d{3})(?=\\d)", "$1 ");
    }
}
