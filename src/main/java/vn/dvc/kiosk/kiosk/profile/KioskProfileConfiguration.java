package vn.dvc.kiosk.kiosk.profile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import vn.dvc.kiosk.catalog.Catalog;
import vn.dvc.kiosk.catalog.ProcedureAvailability;
import vn.dvc.kiosk.kiosk.KioskProfile;
import vn.dvc.kiosk.kiosk.ServerSettings;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.shared.i18n.ResidentScreenOptions;
import vn.dvc.kiosk.units.AdministrativeUnits;

/** The kiosk profile as a bean, and what the rest of the app learns from it. */
@Configuration(proxyBeanMethods = false)
class KioskProfileConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KioskProfileConfiguration.class);

    /** Static: a bean factory post-processor runs before the configuration class itself is made. */
    @Bean
    static KioskProfileCheck kioskProfileCheck() {
        return new KioskProfileCheck();
    }

    /** The catalog's resident screens list only what this kiosk offers. */
    @Bean
    ProcedureAvailability kioskProcedureAvailability(KioskProfile profile) {
        return profile::offers;
    }

    /** The resident screens offer the profile's languages, read aloud at its volume, and know a kiosk's screen. */
    @Bean
    ResidentScreenOptions kioskResidentScreenOptions(KioskProfile profile) {
        return new ProfileScreenOptions(profile.languages().stream().map(KioskLocales::of).toList(), profile.volume(),
                profile.isKiosk() && profile.server().mode() == ServerSettings.Mode.LOCAL);
    }

    /**
     * The commune and the procedures exist only once the database is up and the catalog imported, which is done
     * by the catalog's start-up runner: hence the ready event, after every runner. A failure here still stops the
     * app with the same report ({@link KioskProfileFailureAnalyzer}).
     */
    @EventListener(ApplicationReadyEvent.class)
    void checkReferences(ApplicationReadyEvent event) {
        KioskProfile profile = event.getApplicationContext().getBean(KioskProfile.class);
        AdministrativeUnits units = event.getApplicationContext().getBean(AdministrativeUnits.class);
        Catalog catalog = event.getApplicationContext().getBean(Catalog.class);
        var problems = KioskProfileReferences.problems(profile, code -> units.commune(code).isPresent(),
                code -> catalog.procedure(code).isPresent(), catalog.size());
        if (!problems.isEmpty()) {
            var environment = event.getApplicationContext().getEnvironment();
            throw new KioskProfileException(
                    KioskProfileReader.located(problems, ConfigurationPropertySources.get(environment)),
                    KioskProfileCheck.profileFile(environment));
        }
        if (profile.isKiosk()) {
            log.info("Kiosk {} of commune {}: languages {}, printer {}, {} procedures, server {}", profile.id(),
                    profile.communeCode(), profile.languages(), profile.printer().type(),
                    profile.enabledProcedures().isEmpty() ? "all" : profile.enabledProcedures().size(),
                    profile.server().mode());
        }
    }
}
