package vn.dvc.kiosk.backoffice;

import org.springframework.dao.DataAccessResourceFailureException;
import vn.dvc.kiosk.catalog.Catalog;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.SubmittedDossier;
import vn.dvc.kiosk.shared.security.StaffMember;

/**
 * Test classpath only: counter registration whose database fails, for the form's friendly failure. Either the
 * database is down (nothing is written), or it commits the first registration and its answer is lost on the way back.
 */
public final class FailingCounterRegistration extends CounterRegistration {

    private final boolean commitsFirst;
    private boolean answerLost;

    private FailingCounterRegistration(Catalog catalog, Dossiers dossiers, boolean commitsFirst) {
        super(catalog, dossiers);
        this.commitsFirst = commitsFirst;
    }

    public static FailingCounterRegistration databaseDown(Catalog catalog, Dossiers dossiers) {
        return new FailingCounterRegistration(catalog, dossiers, false);
    }

    /** The first registration is committed but the form hears a failure; later ones go through. */
    public static FailingCounterRegistration firstAnswerLost(Catalog catalog, Dossiers dossiers) {
        return new FailingCounterRegistration(catalog, dossiers, true);
    }

    @Override
    public SubmittedDossier register(StaffMember officer, CounterDossier form, String submissionKey) {
        if (!commitsFirst) {
            throw new DataAccessResourceFailureException("Connection refused (simulated)");
        }
        SubmittedDossier registered = super.register(officer, form, submissionKey);
        if (!answerLost) {
            answerLost = true;
            throw new DataAccessResourceFailureException("Connection reset after commit (simulated)");
        }
        return registered;
    }
}
