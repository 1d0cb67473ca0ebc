package vn.dvc.kiosk.backoffice;

import org.springframework.dao.DataAccessResourceFailureException;
import vn.dvc.kiosk.catalog.Catalog;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.SubmittedDossier;
import vn.dvc.kiosk.shared.security.StaffMember;

/** Test classpath only: counter registration whose database is down, for the form's friendly failure. */
public final class FailingCounterRegistration extends CounterRegistration {

    public FailingCounterRegistration(Catalog catalog, Dossiers dossiers) {
        super(catalog, dossiers);
    }

    @Override
    public SubmittedDossier register(StaffMember officer, CounterDossier form) {
        throw new DataAccessResourceFailureException("Connection refused (simulated)");
    }
}
