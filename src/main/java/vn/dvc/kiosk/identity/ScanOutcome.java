package vn.dvc.kiosk.identity;

import vn.dvc.kiosk.identity.scan.ScanHint;

/** What one camera frame told us about the card in front of it. */
public sealed interface ScanOutcome {

    /** An ID card was read and checks out: show it to the resident to confirm. */
    record Identified(CitizenIdCard card) implements ScanOutcome {
    }

    /** A code was read but cannot be used (a payment QR, a broken ID number…): explain and offer a way forward. */
    record Unusable(CardProblem problem) implements ScanOutcome {
    }

    /** Nothing read yet: keep scanning, showing the hint. */
    record KeepScanning(ScanHint hint) implements ScanOutcome {
    }
}
