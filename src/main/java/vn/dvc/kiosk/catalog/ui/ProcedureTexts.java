package vn.dvc.kiosk.catalog.ui;

import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;
import vn.dvc.kiosk.catalog.Fee;
import vn.dvc.kiosk.catalog.FeeUnit;
import vn.dvc.kiosk.catalog.ProcessingTime;
import vn.dvc.kiosk.shared.i18n.KioskLocales;

/**
 * Fee and time in the words a resident reads, in the screen's language. Other features' screens say them the same
 * way (the receipt prints the legal processing time), hence the named interface.
 */
@NamedInterface("texts")
public final class ProcedureTexts {

    private ProcedureTexts() {
    }

    public static String time(Component screen, ProcessingTime time) {
        if (time.sameDay()) {
            return screen.getTranslation("time.sameDay");
        }
        return screen.getTranslation("time." + time.unit().name(), time.value());
    }

    static String fee(Component screen, Locale locale, Fee fee, LocalDate today) {
        if (!fee.isKnown()) {
            return screen.getTranslation("fee.unknown");
        }
        if (fee.isFree()) {
            return screen.getTranslation("fee.free");
        }
        String amount = KioskLocales.money(fee.amountOnlineOn(today), locale);
        String text = fee.varies() ? screen.getTranslation("fee.varies", amount)
                : screen.getTranslation("fee.amount", amount);
        return fee.unit() == FeeUnit.DOSSIER ? text : text + screen.getTranslation("fee.per." + fee.unit().name());
    }
}
