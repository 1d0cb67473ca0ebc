package vn.dvc.kiosk.notification;

import java.text.MessageFormat;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.dvc.kiosk.dossier.DossierContact;
import vn.dvc.kiosk.dossier.DossierStatus;

/**
 * The texts, from the i18n bundles ({@code notify.*}). No language is stored with a dossier, so SMS are Vietnamese
 * and e-mails Vietnamese followed by English.
 *
 * <p>SMS decision: Vietnamese without diacritics, in GSM-7, at most 160 characters: one SMS segment. With diacritics
 * an SMS is UCS-2, 70 characters a segment, so the same text would cost three segments, and Vietnamese brandname
 * SMS providers commonly ask for unaccented text. A long reason is cut to fit; e-mails keep the full text.
 */
@Component
class MessageTemplates {

    static final int SMS_LIMIT = 160;
    static final Locale VI = Locale.of("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final String trackingBaseUrl;

    MessageTemplates(@Value("${kiosk.tracking.base-url:http://localhost:8080}") String trackingBaseUrl) {
        this.trackingBaseUrl = trackingBaseUrl.endsWith("/") ? trackingBaseUrl.substring(0, trackingBaseUrl.length() - 1)
                : trackingBaseUrl;
    }

    /** The template key of a status residents are told about; empty for the statuses that stay internal. */
    static Optional<String> keyOf(DossierStatus status) {
        return Optional.ofNullable(switch (status) {
            case NEWLY_REGISTERED -> "notify.submitted";
            case ACCEPTED -> "notify.accepted";
            case NOT_ACCEPTED -> "notify.rejected";
            case SUPPLEMENT_REQUESTED -> "notify.supplement";
            case PROCESSING_FINISHED -> "notify.completed";
            default -> null;
        });
    }

    String link(DossierContact contact) {
        return trackingBaseUrl + "/theo-doi/" + contact.trackingToken();
    }

    String text(String key, DossierContact contact, Locale locale, String reason) {
        String appointment = contact.appointmentDate() == null ? "-" : contact.appointmentDate().format(DATE);
        return MessageFormat.format(bundle(locale).getString(key), contact.code(), contact.procedureName(),
                link(contact), appointment, reason == null || reason.isBlank() ? "-" : reason.strip());
    }

    String sms(String key, DossierContact contact) {
        String text = gsm(text(key, contact, VI, contact.lastReason()));
        if (text.length() > SMS_LIMIT && contact.lastReason() != null) {
            int room = contact.lastReason().length() - (text.length() - SMS_LIMIT) - 3;
            String shortReason = room > 0 ? contact.lastReason().strip().substring(0, room) + "..." : "...";
            text = gsm(text(key, contact, VI, shortReason));
        }
        return text;
    }

    /** "Hồ sơ … : cần bổ sung / Dossier …: more papers needed": a resident's inbox tells the steps apart. */
    String emailSubject(String key, DossierContact contact) {
        return subject(key, contact, VI) + " / " + subject(key, contact, Locale.ENGLISH);
    }

    private String subject(String key, DossierContact contact, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        return MessageFormat.format(bundle.getString("notify.subject"), contact.code(),
                bundle.getString(key + ".subject"));
    }

    String emailBody(String key, DossierContact contact) {
        return email(key, contact, VI) + "\n\n----\n\n" + email(key, contact, Locale.ENGLISH);
    }

    private String email(String key, DossierContact contact, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        return MessageFormat.format(bundle.getString("notify.greeting"), contact.applicantName()) + "\n\n"
                + text(key, contact, locale, contact.lastReason()) + "\n\n"
                + MessageFormat.format(bundle.getString("notify.procedure"), contact.procedureName()) + "\n"
                + bundle.getString("notify.signature");
    }

    /** Vietnamese folded to GSM-7's letters: marks dropped, đ to d, anything else outside ASCII to a space. */
    static String gsm(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (char c : decomposed.toCharArray()) {
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c < 128 ? c : ' ');
        }
        return out.toString();
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("vaadin-i18n.translations", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
