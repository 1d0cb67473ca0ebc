package vn.dvc.kiosk.dossier;

import java.util.List;

/**
 * A document of the dossier: its name as the catalog lists it, its form, and its pages (none for the electronic
 * declaration, whose content is the answers).
 */
public record HandedInDocument(String name, DocumentKind kind, List<DocumentPage> pages) {

    public HandedInDocument {
        pages = pages == null ? List.of() : List.copyOf(pages);
    }
}
