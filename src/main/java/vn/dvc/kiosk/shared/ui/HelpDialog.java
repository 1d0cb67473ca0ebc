package vn.dvc.kiosk.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.dvc.kiosk.shared.HelpDeskProperties;
import vn.dvc.kiosk.shared.i18n.KioskLocales;

/** "Need help?": where the volunteer desk is and how to call it. */
class HelpDialog extends Dialog {

    HelpDialog(HelpDeskProperties helpDesk) {
        boolean english = KioskLocales.isEnglish(getLocale());
        addClassName("help-dialog");
        setHeaderTitle(getTranslation("help.title"));
        Paragraph desk = new Paragraph(getTranslation("help.desk", helpDesk.desk(english)));
        Paragraph phone = new Paragraph(getTranslation("help.phone", helpDesk.phone()));
        Paragraph volunteer = new Paragraph(getTranslation("help.volunteer"));
        add(VaadinIcon.HANDSHAKE.create(), desk, phone, volunteer);
        Button close = new Button(getTranslation("help.close"), e -> close());
        close.addThemeVariants(ButtonVariant.PRIMARY);
        close.setId("help-close");
        getFooter().add(close);
    }
}
