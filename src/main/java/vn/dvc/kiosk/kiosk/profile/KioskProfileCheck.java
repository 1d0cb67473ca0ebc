package vn.dvc.kiosk.kiosk.profile;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import vn.dvc.kiosk.kiosk.KioskProfile;

/**
 * Reads and checks the kiosk profile before any other bean is made: a wrong profile stops the start within seconds,
 * before the database is started, with every wrong value listed at once ({@link KioskProfileFailureAnalyzer}), and
 * before another module's own binding of the same keys (e.g. {@code kiosk.idle.*}) could fail with only its own
 * message. The profile is then registered as the {@link KioskProfile} bean.
 */
class KioskProfileCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String BEAN_NAME = "kioskProfile";

    private ConfigurableEnvironment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = (ConfigurableEnvironment) environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        KioskProfile profile = KioskProfileReader.read(ConfigurationPropertySources.get(environment),
                profileFile(environment));
        beanFactory.registerSingleton(BEAN_NAME, profile);
    }

    /** The file named by spring.config.import in application.yml. */
    static String profileFile(Environment environment) {
        return environment.getProperty("KIOSK_PROFILE", "./kiosk-config/kiosk.yml");
    }
}
