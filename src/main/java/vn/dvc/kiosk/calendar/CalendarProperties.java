package vn.dvc.kiosk.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * @param holidays                          the yearly schedule (holidays.json format)
 * @param defaultCutoff                     cut-off for procedures that declare none; null for none
 * @param pendingDatesTreatedAsWorkingDays  unconfirmed holidays that offices still work on
 */
@ConfigurationProperties("kiosk.calendar")
public record CalendarProperties(Resource holidays, LocalTime defaultCutoff,
        List<LocalDate> pendingDatesTreatedAsWorkingDays) {

    public CalendarProperties {
        pendingDatesTreatedAsWorkingDays = pendingDatesTreatedAsWorkingDays == null ? List.of()
                : List.copyOf(pendingDatesTreatedAsWorkingDays);
    }
}
