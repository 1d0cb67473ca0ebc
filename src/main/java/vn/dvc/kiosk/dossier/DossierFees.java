package vn.dvc.kiosk.dossier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.dvc.kiosk.payment.PaymentAtCounterChosen;
import vn.dvc.kiosk.payment.PaymentConfirmed;

/**
 * Keeps each dossier's fee status in step with the payment module's events. Each event is handled after the
 * payment's transaction committed, in a transaction of its own; the event publication registry keeps it until
 * then, so a crash in between leaves an incomplete publication to resubmit rather than a lost payment.
 */
@Component
class DossierFees {

    private static final Logger log = LoggerFactory.getLogger(DossierFees.class);

    private final DossierRepository dossiers;

    DossierFees(DossierRepository dossiers) {
        this.dossiers = dossiers;
    }

    @ApplicationModuleListener
    void on(PaymentConfirmed paid) {
        dossiers.findByCode(paid.dossierCode()).ifPresentOrElse(dossier -> {
            if (!dossier.feePaid(paid.amountVnd())) {
                log.warn("Payment order {} paid {} VND, less than the fee of dossier {}: fee still due",
                        paid.orderRef(), paid.amountVnd(), paid.dossierCode());
            }
        }, () -> log.warn("Payment order {} paid for dossier {}, which does not exist here", paid.orderRef(),
                paid.dossierCode()));
    }

    @ApplicationModuleListener
    void on(PaymentAtCounterChosen chosen) {
        dossiers.findByCode(chosen.dossierCode()).ifPresentOrElse(dossier -> {
            if (!dossier.feeAtCounter()) {
                log.info("Pay at the counter chosen for dossier {}, whose fee is {}: unchanged", chosen.dossierCode(),
                        dossier.feeStatus());
            }
        }, () -> log.warn("Pay at the counter chosen for dossier {}, which does not exist here",
                chosen.dossierCode()));
    }
}
