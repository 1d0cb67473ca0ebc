package vn.dvc.kiosk.dossier;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Hands out dossier codes: the unit's daily counter, written in the configured pattern. */
@Component
class DossierNumbering {

    private final DossierCodeCounterRepository counters;
    private final DossierCodeFormat format;

    DossierNumbering(DossierCodeCounterRepository counters, DossierProperties properties) {
        this.counters = counters;
        this.format = new DossierCodeFormat(properties.codePattern());
    }

    /**
     * Must run in the transaction that stores the dossier: the counter row stays locked until that transaction
     * ends, so a concurrent submitter of the same unit and day waits for the commit, and a rollback gives the number
     * back instead of leaving a gap.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String nextCode(String receivingUnitCode, LocalDate day) {
        counters.increment(receivingUnitCode, day);
        return format.format(receivingUnitCode, day, counters.lastValue(receivingUnitCode, day));
    }
}
