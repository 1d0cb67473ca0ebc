package vn.dvc.kiosk.dashboard;

import java.util.Locale;

/** The counters of the aggregate tables (V20__dashboard_aggregates.sql says which day each belongs to). */
enum Counter {
    RECEIVED, RECEIVED_ASSISTED, WITH_FEE, FEE_PAID_ONLINE, FINISHED_EARLY, FINISHED_ON_TIME, FINISHED_LATE,
    RETURNED, RETURNED_BY_POST, RETURNED_ELECTRONIC, RETURNED_FULL_ONLINE, RATED, RATING_SUM;

    String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
