package vn.dvc.kiosk.dossier;

import org.springframework.stereotype.Service;

/** Receiving dossiers: the public API of the dossier module. STUB: implemented in the dossier work. */
@Service
public class Dossiers {

    /** Submits atomically: either the whole dossier with its code exists afterwards, or nothing does. */
    public SubmittedDossier submit(DossierApplication application) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
