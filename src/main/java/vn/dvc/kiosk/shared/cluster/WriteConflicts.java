package vn.dvc.kiosk.shared.cluster;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Retries an idempotent write that lost a write conflict: an InnoDB deadlock, or on a Galera cluster a certification
 * failure, which another node's commit of the same rows causes and which MariaDB reports as error 1213 (SQLSTATE
 * 40001) when this node commits, not when it writes. Spring translates it to a {@link ConcurrencyFailureException} at
 * a statement, but at a commit it may arrive as a {@code TransactionSystemException} or a JPA exception around the
 * SQL error, hence the walk down the causes. A bounded number of attempts, with a random backoff that doubles, so two
 * nodes that collided do not collide again at once.
 *
 * <p>Only for work that can run twice without harm (it re-reads what it changes: a payment notification finds the
 * order already paid, a claim finds the row already claimed), and only outside a caller's transaction: inside one,
 * the conflict has already rolled back the caller's work too.
 */
public final class WriteConflicts {

    private static final Logger log = LoggerFactory.getLogger(WriteConflicts.class);

    /** MariaDB's ER_LOCK_DEADLOCK: a deadlock, and how Galera reports a certification failure (also wsrep BF abort). */
    static final int ER_LOCK_DEADLOCK = 1213;
    static final int ATTEMPTS = 4;
    static final Duration FIRST_BACKOFF = Duration.ofMillis(20);

    private WriteConflicts() {
    }

    /** Runs the write, again after a lost write conflict, at most {@value #ATTEMPTS} times in all. */
    public static <T> T retry(String what, Supplier<T> write) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return write.get();
        }
        for (int attempt = 1;; attempt++) {
            try {
                return write.get();
            } catch (RuntimeException failure) {
                if (attempt >= ATTEMPTS || !isWriteConflict(failure)) {
                    throw failure;
                }
                log.warn("{} lost a write conflict on attempt {}; trying again", what, attempt);
                pause(backoff(attempt));
            }
        }
    }

    /** Whether the failure is a lost write conflict, whatever wraps it. */
    public static boolean isWriteConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConcurrencyFailureException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && (sql.getErrorCode() == ER_LOCK_DEADLOCK || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** The pause after the given failed attempt: random, up to 20, 40, 80 ms. */
    public static Duration backoff(int attempt) {
        long ceiling = FIRST_BACKOFF.toMillis() << Math.min(attempt - 1, 6);
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
    }

    /** Waits before the next attempt; an interrupt ends the retrying. */
    public static void pause(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry a write", interrupted);
        }
    }
}
