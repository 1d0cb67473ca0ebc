package vn.dvc.kiosk.dossier;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The handed-in pages of a dossier's documents, for the officer's desk: listed without content, opened one by one. */
@Service
public class DossierPages {

    private final DossierPageRepository pages;

    DossierPages(DossierPageRepository pages) {
        this.pages = pages;
    }

    /** Every page of the dossier, by document position then page number; empty for an unknown code. */
    @Transactional(readOnly = true)
    public List<DocumentPageRef> list(String code) {
        return pages.findRefs(code);
    }

    /** One page's content. */
    @Transactional(readOnly = true)
    public Optional<DocumentPage> page(String code, int document, int pageNo) {
        return pages.findPage(code, document, pageNo);
    }
}
