package vn.dvc.kiosk.shared.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole app, in the desks' civil time zone, so tests and rules agree on "now". */
@Configuration(proxyBeanMethods = false)
class KioskClockConfiguration {

    @Bean
    Clock kioskClock(@Value("${kiosk.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        return Clock.system(zone);
    }
}
