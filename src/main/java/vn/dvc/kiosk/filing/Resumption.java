package vn.dvc.kiosk.filing;

import vn.dvc.kiosk.identity.CitizenIdCard;

/** The answer to "resume draft X, my ID ends in 1234". */
public sealed interface Resumption {

    /** The draft is back in this visit, with the card it was filed with. */
    record Resumed(FilingDraft draft, CitizenIdCard card) implements Resumption {
    }

    /** Wrong code or digits, or no such draft (any more): the resident is not told which. */
    record NotFound() implements Resumption {
    }

    /** Too many wrong tries: only an officer can help now. */
    record Locked() implements Resumption {
    }
}
