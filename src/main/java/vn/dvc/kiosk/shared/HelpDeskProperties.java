package vn.dvc.kiosk.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where a resident finds a person to help them: shown by the "Need help?" button on every screen. */
@ConfigurationProperties("kiosk.help")
public record HelpDeskProperties(String deskVi, String deskEn, String phone) {

    public String desk(boolean english) {
        return english ? deskEn : deskVi;
    }
}
