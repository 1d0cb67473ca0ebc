package vn.dvc.kiosk.shared.cluster;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Leases for scheduled jobs, so that a province running several app nodes on one database runs each such job on one
 * node per round (ShedLock, table {@code shedlock}, V25). A job opts in with {@code @SchedulerLock(name = ...)};
 * per-node jobs (the kiosk's heartbeat, reloading the in-memory catalog) do not. The database's clock decides when a
 * lease ends, so app nodes whose clocks differ cannot both hold one. The default upper bound frees a lease held by a
 * node that died mid-job.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "${kiosk.jobs.lease-at-most:10m}")
class JobLeaseConfiguration {

    @Bean
    LockProvider jobLeases(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
