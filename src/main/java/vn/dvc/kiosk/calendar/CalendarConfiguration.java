package vn.dvc.kiosk.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CalendarConfiguration.class);

    @Bean
    AppointmentCalendar appointmentCalendar(CalendarProperties properties) {
        try (InputStream in = properties.holidays().getInputStream()) {
            var days = HolidayScheduleReader.read(in, properties.pendingDatesTreatedAsWorkingDays());
            log.info("Working-day calendar loaded: {} exceptions from {}", days.size(), properties.holidays());
            return new AppointmentCalendar(days, Optional.ofNullable(properties.defaultCutoff()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the holiday schedule " + properties.holidays(), e);
        }
    }
}
