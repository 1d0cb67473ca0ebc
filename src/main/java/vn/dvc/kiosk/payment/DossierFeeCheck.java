package vn.dvc.kiosk.payment;

import java.util.Collection;
import java.util.Set;

/**
 * What the dossier side says about fees, for the mismatch report ({@link PaymentMismatches}). The payment module
 * knows dossiers by code only and depends on no feature, so the dossier module implements this; without an
 * implementation the report leaves the check out.
 */
public interface DossierFeeCheck {

    /** Of these dossier codes, those whose dossier does not show its fee as paid, or that do not exist. */
    Set<String> notShownAsPaid(Collection<String> dossierCodes);
}
