package vn.dvc.kiosk.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.dvc.kiosk.support.KioskIntegrationTest;

/**
 * Two app nodes share one database: of several contenders for one job's lease at the same moment only one wins, the
 * lease is free again once released, and the jobs that must run on one node at a time are wrapped by the lease.
 */
@KioskIntegrationTest
class JobLeaseIT {

    @Autowired
    LockProvider leases;

    @Autowired
    ApplicationContext context;

    @Test
    void ofConcurrentContendersOnlyOneRunsTheJob() throws Exception {
        String job = "lease-it-" + System.nanoTime();
        int contenders = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        try {
            List<Future<Optional<SimpleLock>>> tries = new ArrayList<>();
            for (int i = 0; i < contenders; i++) {
                Callable<Optional<SimpleLock>> attempt = () -> {
                    start.await();
                    return leases.lock(new LockConfiguration(Instant.now(), job, Duration.ofMinutes(1), Duration.ZERO));
                };
                tries.add(pool.submit(attempt));
            }
            start.countDown();
            List<SimpleLock> won = new ArrayList<>();
            for (Future<Optional<SimpleLock>> attempt : tries) {
                attempt.get().ifPresent(won::add);
            }
            assertThat(won).hasSize(1);

            won.getFirst().unlock();
            Optional<SimpleLock> again = leases.lock(
                    new LockConfiguration(Instant.now(), job, Duration.ofMinutes(1), Duration.ZERO));
            assertThat(again).isPresent();
            assertThat(leases.lock(new LockConfiguration(Instant.now(), job, Duration.ofMinutes(1), Duration.ZERO)))
                    .as("held by the other node").isEmpty();
            again.get().unlock();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theClusterWideJobsRunUnderTheLease() {
        for (String job : List.of("draftPurge", "paymentExpiry", "paymentReconciliation", "failedEventRetry")) {
            assertThat(AopUtils.isAopProxy(context.getBean(job))).as(job).isTrue();
        }
    }
}
