package vn.dvc.kiosk.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.TransactionSystemException;

class WriteConflictsTest {

    /** What MariaDB Connector/J throws for a Galera certification failure at commit. */
    private static SQLException certificationFailure() {
        return new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
    }

    @Test
    void aDeadlockOrCertificationFailureIsAWriteConflictHoweverWrapped() {
        assertThat(WriteConflicts.isWriteConflict(new CannotAcquireLockException("deadlock"))).isTrue();
        assertThat(WriteConflicts.isWriteConflict(
                new TransactionSystemException("Could not commit JDBC transaction", certificationFailure()))).isTrue();
        assertThat(WriteConflicts.isWriteConflict(new JpaSystemException(
                new RuntimeException("Unable to commit against JDBC Connection", certificationFailure())))).isTrue();
        assertThat(WriteConflicts.isWriteConflict(new SQLException("deadlock", "HY000", 1213))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(WriteConflicts.isWriteConflict(new DataIntegrityViolationException("duplicate",
                new SQLException("Duplicate entry", "23000", 1062)))).isFalse();
        assertThat(WriteConflicts.isWriteConflict(new IllegalStateException("bug"))).isFalse();
        assertThat(WriteConflicts.isWriteConflict(new TransactionSystemException("Could not commit",
                new SQLException("Connection reset", "08S01", 0)))).isFalse();
    }

    @Test
    void aLostConflictIsRetriedUntilItGoesThrough() {
        AtomicInteger calls = new AtomicInteger();
        String result = WriteConflicts.retry("test", () -> {
            if (calls.incrementAndGet() < 3) {
                throw new TransactionSystemException("Could not commit", certificationFailure());
            }
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(calls).hasValue(3);
    }

    @Test
    void retryingIsBounded() {
        assertThat(callsUntilGivenUp(new CannotAcquireLockException("deadlock"))).isEqualTo(WriteConflicts.ATTEMPTS);
    }

    @Test
    void anotherFailureIsNotRetried() {
        assertThat(callsUntilGivenUp(new IllegalStateException("bug"))).isEqualTo(1);
    }

    /** How often a write that always fails so is tried before its failure reaches the caller. */
    private static int callsUntilGivenUp(RuntimeException failure) {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> WriteConflicts.retry("test", () -> {
            calls.incrementAndGet();
            throw failure;
        })).isSameAs(failure);
        return calls.get();
    }

    @Test
    void theBackoffIsRandomAndDoublesWithinBounds() {
        for (int i = 0; i < 200; i++) {
            assertThat(WriteConflicts.backoff(1)).isBetween(Duration.ofMillis(10), Duration.ofMillis(20));
            assertThat(WriteConflicts.backoff(3)).isBetween(Duration.ofMillis(40), Duration.ofMillis(80));
            assertThat(WriteConflicts.backoff(50)).isLessThanOrEqualTo(Duration.ofMillis(1280));
        }
    }
}
