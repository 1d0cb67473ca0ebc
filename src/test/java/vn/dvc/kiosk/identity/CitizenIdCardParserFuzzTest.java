package vn.dvc.kiosk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.dvc.kiosk.support.BadInput;

/**
 * Whatever a camera reads off whatever is held up, the parser answers with a card or its own {@link CardProblem},
 * never another exception, never a hang, and a card it does read is well-formed. Seeded random inputs (see
 * {@link BadInput}): random text, random bytes as Latin-1, and real-looking payloads with fields damaged.
 */
class CitizenIdCardParserFuzzTest {

    private static final String NAME = "Nguyễn Văn An";
    private static final String[] CHIP_CARD = {"001203012345", "123456789", NAME, "15032003", "Nam",
        "Số 12 Ngõ 3, Phường Ba Đình, TP. Hà Nội", "20042021"};

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void everyInputIsACardOrTheParsersOwnProblem() {
        BadInput random = new BadInput(1);
        BadInput.Tally tally = new BadInput.Tally("QR parser");
        List<String> inputs = new ArrayList<>(BadInput.NASTY);
        for (int i = 0; i < BadInput.cases(20_000); i++) {
            inputs.add(switch (i % 4) {
                case 0 -> random.text();
                case 1 -> new String(random.bytes(random.nextInt(400)), java.nio.charset.StandardCharsets.ISO_8859_1);
                default -> damagedPayload(random);
            });
        }
        for (String input : inputs) {
            tally.attempt(input, CitizenIdCardParserFuzzTest::problemWith, BadInput.Tally::describe);
        }

        assertThat(tally.unexpected()).as(tally.report()).isEmpty();
        assertThat(tally.tried()).isGreaterThanOrEqualTo(20_000);
    }

    /** Null when the reading is one of the two allowed outcomes and well-formed. */
    private static String problemWith(String payload) {
        CardReading reading = CitizenIdCardParser.parse(payload);
        if (reading instanceof CardReading.Rejected rejected) {
            if (rejected.problem() == null || rejected.logDetail() == null || rejected.logDetail().isBlank()) {
                return "rejected without a problem or log detail: " + rejected;
            }
            if (payload.contains(NAME) && rejected.logDetail().contains(NAME)) {
                return "the log detail names the person: " + rejected.logDetail();
            }
            return null;
        }
        CitizenIdCard card = ((CardReading.Read) reading).card();
        if (!card.idNumber().matches("\\d{12}")) {
            return "read an ID number that is not 12 digits: " + card.idNumber();
        }
        if (card.fullName().isBlank() || !Normalizer.isNormalized(card.fullName(), Normalizer.Form.NFC)) {
            return "read a blank or non-NFC name";
        }
        if (card.fullName().length() > 200 || card.permanentAddress() != null && card.permanentAddress().length() > 500) {
            return "read a name or address longer than a dossier can store ("
                    + card.fullName().length() + " name characters)";
        }
        if ((card.fullName() + card.permanentAddress()).chars().anyMatch(Character::isISOControl)) {
            return "read a name or address with control characters";
        }
        return null;
    }

    /** The chip card's fields with one to three of them replaced, removed, doubled or split by an extra '|'. */
    private static String damagedPayload(BadInput random) {
        List<String> fields = new ArrayList<>(Arrays.asList(CHIP_CARD));
        if (random.chance(30)) {
            fields.remove(1); // the 2024 card's variant without the old ID number
        }
        int damages = 1 + random.nextInt(3);
        for (int d = 0; d < damages; d++) {
            int at = random.nextInt(fields.size());
            switch (random.nextInt(5)) {
                case 0 -> fields.set(at, random.piece());
                case 1 -> fields.set(at, random.text());
                case 2 -> fields.remove(at);
                case 3 -> fields.add(at, random.piece());
                default -> fields.set(at, fields.get(at) + random.pick(BadInput.NASTY));
            }
            if (fields.isEmpty()) {
                fields.add(random.piece());
            }
        }
        String payload = String.join("|", fields);
        return random.chance(20) ? Normalizer.normalize(payload, Normalizer.Form.NFD) : payload;
    }
}
