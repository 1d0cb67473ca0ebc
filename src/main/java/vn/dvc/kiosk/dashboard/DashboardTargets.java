package vn.dvc.kiosk.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The targets leaders are measured against (kiosk.dashboard.targets.*). Defaults: the national targets of 2022
 * (80% of online-capable procedures with an online dossier, 50% of dossiers online); the others are placeholders
 * each province sets.
 *
 * @param satisfaction the average score (1–5) to reach
 */
@ConfigurationProperties("kiosk.dashboard.targets")
public record DashboardTargets(@DefaultValue("0.8") double onlineProcedureShare,
        @DefaultValue("0.5") double onlineDossierShare, @DefaultValue("0.5") double fullOnlineShare,
        @DefaultValue("0.5") double onlinePaymentShare, @DefaultValue("0.95") double onTimeShare,
        @DefaultValue("4.0") double satisfaction) {
}
