package vn.dvc.kiosk.shared.i18n;

import java.util.Locale;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every new visitor starts in the kiosk's default language (Vietnamese) whatever the browser says: a kiosk browser's
 * language says nothing about the resident in front of it. The page also carries the kiosk's read-aloud volume.
 */
@Component
class LocaleInitListener implements VaadinServiceInitListener {

    private final Locale defaultLocale;
    private final ResidentScreenOptions options;

    LocaleInitListener(@Value("${kiosk.locale.default:vi}") String defaultLocale,
            ObjectProvider<ResidentScreenOptions> options) {
        this.defaultLocale = KioskLocales.of(defaultLocale);
        this.options = options.getIfAvailable(() -> ResidentScreenOptions.ALL);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setLocale(defaultLocale));
        event.addIndexHtmlRequestListener(response -> {
            VaadinSession session = VaadinSession.getCurrent();
            Locale locale = session != null && session.getLocale() != null ? session.getLocale() : defaultLocale;
            // read by the read-aloud button and Speech: the kiosk's volume, 0 hides reading aloud
            response.getDocument().selectFirst("html").attr("lang", locale.getLanguage())
                    .attr("data-speech-volume", String.valueOf(options.speechVolume()));
        });
        event.getSource().addUIInitListener(init -> {
            Locale locale = init.getUI().getSession().getLocale();
            init.getUI().setLocale(locale);
            init.getUI().getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
        });
    }
}
