package vn.dvc.kiosk.dashboard.ui;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import vn.dvc.kiosk.dashboard.Counts;
import vn.dvc.kiosk.dashboard.DashboardTargets;
import vn.dvc.kiosk.dashboard.Ratio;

/** The shares a leader ranks places by, each with its target; {@code slug} is how a link names it. */
enum Measure {
    ONLINE_DOSSIERS("truc-tuyen", Counts::onlineShare, DashboardTargets::onlineDossierShare),
    FULL_ONLINE("toan-trinh", Counts::fullOnlineShare, DashboardTargets::fullOnlineShare),
    ONLINE_PAYMENT("thanh-toan", Counts::onlinePaymentShare, DashboardTargets::onlinePaymentShare),
    ON_TIME("dung-han", Counts::onTimeShare, DashboardTargets::onTimeShare);

    private final String slug;
    private final Function<Counts, Ratio> ratio;
    private final ToDoubleFunction<DashboardTargets> target;

    Measure(String slug, Function<Counts, Ratio> ratio, ToDoubleFunction<DashboardTargets> target) {
        this.slug = slug;
        this.ratio = ratio;
        this.target = target;
    }

    String slug() {
        return slug;
    }

    Ratio of(Counts counts) {
        return ratio.apply(counts);
    }

    double target(DashboardTargets targets) {
        return target.applyAsDouble(targets);
    }

    /** i18n key of the measure's short name. */
    String key() {
        return "dashboard.measure." + name();
    }

    static Measure ofSlug(String slug) {
        for (Measure measure : values()) {
            if (measure.slug.equals(slug)) {
                return measure;
            }
        }
        return ONLINE_DOSSIERS;
    }
}
