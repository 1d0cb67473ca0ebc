package vn.dvc.kiosk.filing;

import vn.dvc.kiosk.catalog.RequiredDocument;

/**
 * A document of a procedure and what the resident does with it when filing online.
 *
 * @param position its place in the procedure's list, from 1 (pages are stored under it)
 */
public record DocumentSlot(int position, RequiredDocument document, Role role) {

    public enum Role {
        /** The declaration form: made from the resident's answers, nothing to photograph. */
        DECLARATION,
        /** Photographed or uploaded. */
        ATTACH,
        /** Only shown to the officer (the original of a paper): brought along, not attached. */
        PRESENT
    }

    public boolean optional() {
        return document.optional();
    }
}
