package vn.dvc.kiosk.identity;

/** The outcome of reading a card: its data, or a problem the resident can act on. */
public sealed interface CardReading {

    /** The card was read and its ID number agrees with its other fields. */
    record Read(CitizenIdCard card) implements CardReading {
    }

    /**
     * The card cannot be used. {@code logDetail} says what was wrong for the log, without personal data
     * (e.g. "7 fields", "province code 099").
     */
    record Rejected(CardProblem problem, String logDetail) implements CardReading {
    }
}
