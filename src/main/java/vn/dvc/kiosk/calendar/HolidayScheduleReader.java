package vn.dvc.kiosk.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the published holiday schedule (shared/data/procedures/holidays.json format). */
public final class HolidayScheduleReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HolidayScheduleReader() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Row(LocalDate date, String nameVi, String nameEn, DayKind kind, boolean confirmed) {
    }

    /** Every row, except unconfirmed ones whose date is listed as still a working day. */
    public static List<CalendarDay> read(InputStream json, Collection<LocalDate> pendingDatesTreatedAsWorkingDays)
            throws IOException {
        List<Row> rows = JSON.readValue(json, new TypeReference<List<Row>>() {
        });
        return rows.stream()
                .filter(row -> row.confirmed() || !pendingDatesTreatedAsWorkingDays.contains(row.date()))
                .map(row -> new CalendarDay(row.date(), row.kind(), row.nameVi(), row.nameEn(), row.confirmed()))
                .toList();
    }
}
