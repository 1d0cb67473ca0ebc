package vn.dvc.kiosk;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dependency.CssImport;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import vn.dvc.kiosk.shared.ui.Visits;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
// features listen to each other's events (@ApplicationModuleListener) on their own threads, after the commit
@EnableAsync
@Modulithic(sharedModules = "shared")
@StyleSheet(Lumo.STYLESHEET)
@CssImport("./themes/kiosk/kiosk.css")
// the payment screen turns green by itself when the bank's notification arrives
@Push
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "color-scheme", content = "light")
public class DvcKioskApplication implements AppShellConfigurator {

    /** The title before the first view sets its own, so that no page is ever untitled. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Dịch vụ công trực tuyến");
        settings.addInlineWithContents(Inline.Position.PREPEND, Visits.HOME_AFTER_AN_ENDED_VISIT,
                Inline.Wrapping.JAVASCRIPT);
    }

    public static void main(String[] args) {
        SpringApplication.run(DvcKioskApplication.class, args);
    }
}
