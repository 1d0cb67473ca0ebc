package vn.dvc.kiosk.shared.events;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands failed event publications to their listeners again while the app runs, not only at its next start: a
 * database that stops for a minute makes the listeners of the dossiers committed just before it fail (their SMS,
 * their dashboard count), and a kiosk server may run for months without a restart. The registry's staleness monitor
 * ({@code spring.modulith.events.staleness.*}) first marks publications stuck in progress as failed; the listeners
 * are idempotent, so a second delivery of one that did complete changes nothing.
 */
@Component
class FailedEventRetry {

    private static final Logger log = LoggerFactory.getLogger(FailedEventRetry.class);

    private final IncompleteEventPublications incomplete;
    private final Duration minAge;

    FailedEventRetry(IncompleteEventPublications incomplete,
            @Value("${kiosk.events.retry-after:1m}") Duration minAge) {
        this.incomplete = incomplete;
        this.minAge = minAge;
    }

    @Scheduled(fixedDelayString = "${kiosk.events.retry-interval:2m}", initialDelayString = "${kiosk.events.retry-interval:2m}")
    // one app node a round when a province runs several (lease in table shedlock)
    @SchedulerLock(name = "failed-event-retry")
    void resubmitFailed() {
        try {
            incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults().withMinAge(minAge));
        } catch (RuntimeException stillDown) {
            // the database may still be away: the next round tries again
            log.warn("Could not resubmit failed event publications: {}", stillDown.toString());
        }
    }
}
