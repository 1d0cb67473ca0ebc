package vn.dvc.kiosk.filing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Abandoned drafts hold personal data and photographed documents: they go when they can no longer be resumed. */
@Component
class DraftPurge {

    private static final Logger log = LoggerFactory.getLogger(DraftPurge.class);

    private final DraftStore store;

    DraftPurge(DraftStore store) {
        this.store = store;
    }

    @Scheduled(fixedDelayString = "${kiosk.documents.purge-every:10m}", initialDelayString = "${kiosk.documents.purge-every:10m}")
    // one app node a round when a province runs several (lease in table shedlock)
    @SchedulerLock(name = "draft-purge")
    void purge() {
        try {
            int purged = store.purgeExpired();
            if (purged > 0) {
                log.info("Purged {} expired filing drafts", purged);
            }
        } catch (RuntimeException failure) {
            log.warn("Purging expired filing drafts failed; will try again: {}", failure.toString());
        }
    }
}
