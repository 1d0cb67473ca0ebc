package vn.dvc.kiosk.filing;

import java.time.Clock;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.kiosk.shared.text.Sha256;

/** Records consent as given, with the exact text shown. */
@Service
public class Consents {

    /** Bump when the consent text changes: old records keep pointing at the wording they were given with. */
    public static final String CARD_DATA_TEXT_VERSION = "2026-11-card-data-v1";
    public static final String CARD_DATA_FOR_DOSSIER = "CARD_DATA_FOR_DOSSIER";

    private final ConsentRecordRepository records;
    private final Clock clock;

    Consents(ConsentRecordRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** @return the consent record's id, to be stored with the dossier */
    @Transactional
    public long recordCardDataConsent(String idNumber, String shownText, Locale locale, String assistedBy) {
        ConsentRecord record = new ConsentRecord(CARD_DATA_FOR_DOSSIER, CARD_DATA_TEXT_VERSION, Sha256.hex(shownText),
                locale.getLanguage(), Sha256.hex("id:" + idNumber), clock.instant(), assistedBy);
        return records.save(record).getId();
    }
}
