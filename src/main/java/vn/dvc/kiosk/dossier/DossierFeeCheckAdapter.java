package vn.dvc.kiosk.dossier;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dvc.kiosk.payment.DossierFeeCheck;

/** Tells the payment module's mismatch report which paid dossiers the dossier side does not show as paid. */
@Component
class DossierFeeCheckAdapter implements DossierFeeCheck {

    private static final int CHUNK = 500;

    private final DossierRepository dossiers;

    DossierFeeCheckAdapter(DossierRepository dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> notShownAsPaid(Collection<String> dossierCodes) {
        List<String> codes = dossierCodes.stream().distinct().toList();
        Set<String> notShown = new HashSet<>(codes);
        for (int from = 0; from < codes.size(); from += CHUNK) {
            notShown.removeAll(dossiers.findCodesByFeeStatus(codes.subList(from, Math.min(codes.size(),
                    from + CHUNK)), FeeStatus.PAID));
        }
        return notShown;
    }
}
