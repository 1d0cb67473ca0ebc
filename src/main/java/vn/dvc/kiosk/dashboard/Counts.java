package vn.dvc.kiosk.dashboard;

/**
 * The counters of one group of aggregate rows (a province, a commune, a unit, a procedure or a month) and the
 * measures of the issue built from them. Which day each counter belongs to: V20__dashboard_aggregates.sql.
 *
 * @param receivedOnline the received dossiers filed online (kiosk, tablet, web)
 */
public record Counts(long received, long receivedOnline, long receivedAssisted, long withFee, long feePaidOnline,
        long finishedEarly, long finishedOnTime, long finishedLate, long returned, long returnedByPost,
        long returnedElectronic, long returnedFullOnline, long rated, long ratingSum) {

    public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Every counter added up: a province from its communes, a scope from its rows. */
    public Counts plus(Counts other) {
        return new Counts(received + other.received, receivedOnline + other.receivedOnline,
                receivedAssisted + other.receivedAssisted, withFee + other.withFee,
                feePaidOnline + other.feePaidOnline, finishedEarly + other.finishedEarly,
                finishedOnTime + other.finishedOnTime, finishedLate + other.finishedLate, returned + other.returned,
                returnedByPost + other.returnedByPost, returnedElectronic + other.returnedElectronic,
                returnedFullOnline + other.returnedFullOnline, rated + other.rated, ratingSum + other.ratingSum);
    }

    /** Dossiers filed online (kiosk, tablet, web) of all received; the rest came to the counter or by post. */
    public Ratio onlineShare() {
        return new Ratio(receivedOnline, received);
    }

    /** Results returned of dossiers done fully online (toàn trình), of all results returned. */
    public Ratio fullOnlineShare() {
        return new Ratio(returnedFullOnline, returned);
    }

    /** Fees paid online of the dossiers received with a fee. */
    public Ratio onlinePaymentShare() {
        return new Ratio(feePaidOnline, withFee);
    }

    public Ratio resultsByPostShare() {
        return new Ratio(returnedByPost, returned);
    }

    public Ratio resultsElectronicShare() {
        return new Ratio(returnedElectronic, returned);
    }

    public long finished() {
        return finishedEarly + finishedOnTime + finishedLate;
    }

    /** Finished before or on the appointment date (Mẫu 05) of all finished. */
    public Ratio onTimeShare() {
        return new Ratio(finishedEarly + finishedOnTime, finished());
    }

    public Ratio lateShare() {
        return new Ratio(finishedLate, finished());
    }

    /** Filed by a volunteer on the resident's behalf: the e-citizens helped. */
    public Ratio assistedShare() {
        return new Ratio(receivedAssisted, received);
    }

    /** Average score 1–5 as sum over count. */
    public Ratio satisfaction() {
        return new Ratio(ratingSum, rated);
    }
}
