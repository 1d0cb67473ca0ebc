package vn.dvc.kiosk.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.dvc.kiosk.calendar.ProcessingPeriod;
import vn.dvc.kiosk.support.BadInput;

/**
 * Form fields as a forged or broken client could send them (huge, empty, control characters, NFC/NFD mixed, emoji,
 * SQL and HTML injection): every application is either refused with {@link InvalidApplicationException}'s reasons,
 * or comes out in the stored form, text NFC, fitting its column, nothing else changed. Injection strings are stored
 * as text (JPA binds parameters; Vaadin escapes on output), so they are not refused, only kept unchanged.
 */
class ApplicationRulesFuzzTest {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void everyApplicationIsRefusedWithReasonsOrStoredNfcWithinItsColumns() {
        BadInput random = new BadInput(4);
        BadInput.Tally tally = new BadInput.Tally("Form fields (dossier application rules)");
        for (int i = 0; i < BadInput.cases(5_000); i++) {
            tally.attempt(application(random), ApplicationRulesFuzzTest::problemWith,
                    application -> BadInput.Tally.describe(application.toString()));
        }

        assertThat(tally.unexpected()).as(tally.report()).isEmpty();
    }

    private static String problemWith(DossierApplication application) {
        DossierApplication stored;
        try {
            stored = ApplicationRules.check(application);
        } catch (InvalidApplicationException refused) {
            return refused.reasons().isEmpty() ? "refused without a reason" : null;
        }
        List<String[]> texts = new ArrayList<>();
        texts.add(new String[] {stored.applicant().fullName(), "200", application.applicant().fullName()});
        texts.add(new String[] {stored.applicant().address(), "500", application.applicant().address()});
        texts.add(new String[] {stored.deliveryAddress(), "500", application.deliveryAddress()});
        texts.add(new String[] {stored.contactEmail(), "254", application.contactEmail()});
        for (int a = 0; a < stored.answers().size(); a++) {
            texts.add(new String[] {stored.answers().get(a).value(), "16000", application.answers().get(a).value()});
        }
        for (String[] text : texts) {
            String kept = text[0];
            if (kept == null) {
                continue;
            }
            if (!Normalizer.isNormalized(kept, Normalizer.Form.NFC)) {
                return "stored a text that is not NFC";
            }
            if (kept.length() > Integer.parseInt(text[1])) {
                return "stored " + kept.length() + " characters in a column of " + text[1];
            }
            if (!kept.equals(Normalizer.normalize(text[2].strip(), Normalizer.Form.NFC))) {
                return "changed a text beyond NFC and trimming: " + BadInput.Tally.describe(kept);
            }
            if (kept.chars().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c))) {
                return "stored control characters";
            }
        }
        return null;
    }

    private static DossierApplication application(BadInput random) {
        Applicant applicant = new Applicant(random.chance(70) ? "001190012345" : random.piece(), field(random),
                LocalDate.of(1990, 3, 14), random.chance(80) ? "Nữ" : random.piece(), field(random));
        List<DeclaredAnswer> answers = new ArrayList<>();
        int count = random.nextInt(4);
        for (int a = 0; a < count; a++) {
            answers.add(new DeclaredAnswer(random.chance(90) ? "field_" + a : random.piece(),
                    random.chance(90) ? "Câu hỏi " + a : random.piece(), field(random)));
        }
        ResultDelivery delivery = random.chance(50) ? ResultDelivery.POSTAL : ResultDelivery.COUNTER;
        return new DossierApplication("1.001193", "Đăng ký khai sinh", ProcessingPeriod.workingDays(3), applicant,
                answers, delivery, field(random), random.chance(50) ? "0901234567" : random.piece(),
                random.chance(50) ? null : random.chance(50) ? "lan@example.vn" : field(random),
                SubmissionChannel.IN_PERSON, null, null, 17L, List.of());
    }

    /** Mostly plausible, often hostile: Vietnamese (NFC, NFD or mixed), nasty strings, or anything. */
    private static String field(BadInput random) {
        return switch (random.nextInt(4)) {
            case 0 -> random.vietnamese(1 + random.nextInt(40));
            case 1 -> random.vietnamese(5) + Normalizer.normalize(random.vietnamese(5), Normalizer.Form.NFD);
            default -> random.text();
        };
    }
}
