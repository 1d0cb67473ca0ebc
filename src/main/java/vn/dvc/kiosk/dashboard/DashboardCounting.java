package vn.dvc.kiosk.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dvc.kiosk.dossier.DossierFacts;
import vn.dvc.kiosk.dossier.DossierRated;
import vn.dvc.kiosk.dossier.DossierStatus;
import vn.dvc.kiosk.dossier.DossierStatusChanged;
import vn.dvc.kiosk.dossier.DossierSubmitted;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.dossier.FeeStatus;
import vn.dvc.kiosk.dossier.ResultDelivery;
import vn.dvc.kiosk.dossier.SubmissionChannel;
import vn.dvc.kiosk.payment.PaymentConfirmed;
import vn.dvc.kiosk.shared.cluster.WriteConflicts;
import vn.dvc.kiosk.shared.security.StaffAccounts;

/**
 * Keeps the dashboard's counters from the dossier and payment events. Each event is handled after its transaction
 * committed, in a transaction of its own (the event publication registry resubmits it after a crash); the fact is
 * claimed in dashboard_applied_event in that same transaction, so a resubmitted event counts once. The dossier's
 * fixed facts (procedure, unit, channel, fee, result delivery, Mẫu 05 class, assisting volunteer) are read from the
 * dossier module rather than carried by every event; the volunteer's group from their staff account.
 * <p>
 * The listeners are what {@code @ApplicationModuleListener} composes ({@code @Async @TransactionalEventListener}, so
 * the event publication registry records each one) but run their own transaction, READ COMMITTED, retried up to
 * {@value #ATTEMPTS} times: concurrent upserts of one new counter row can deadlock in InnoDB (gap locks), and on
 * Galera two nodes counting into one row conflict at commit; both clear up at once, and a publication left
 * incomplete would only be resubmitted at the next start.
 */
@Component
class DashboardCounting {

    private static final Logger log = LoggerFactory.getLogger(DashboardCounting.class);

    private final Dossiers dossiers;
    private final UnitPlaces places;
    private final AggregateCounters counters;
    private final StaffAccounts accounts;
    private static final int ATTEMPTS = 3;

    private final Clock clock;
    private final TransactionTemplate transaction;

    DashboardCounting(Dossiers dossiers, UnitPlaces places, AggregateCounters counters, StaffAccounts accounts,
            Clock clock, PlatformTransactionManager transactions) {
        this.dossiers = dossiers;
        this.places = places;
        this.counters = counters;
        this.accounts = accounts;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    @Async
    @TransactionalEventListener
    void on(DossierSubmitted submitted) {
        inTransaction(() -> count(submitted));
    }

    @Async
    @TransactionalEventListener
    void on(DossierStatusChanged changed) {
        inTransaction(() -> count(changed));
    }

    @Async
    @TransactionalEventListener
    void on(PaymentConfirmed paid) {
        inTransaction(() -> count(paid));
    }

    @Async
    @TransactionalEventListener
    void on(DossierRated rated) {
        inTransaction(() -> count(rated));
    }

    private void inTransaction(Runnable counting) {
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(tx -> counting.run());
                return;
            } catch (RuntimeException conflict) {
                // a Galera certification failure arrives at the commit, wrapped otherwise than a statement's deadlock
                if (attempt == ATTEMPTS
                        || !(conflict instanceof TransientDataAccessException || WriteConflicts.isWriteConflict(conflict))) {
                    throw conflict;
                }
                log.info("Dashboard: counting conflicted ({}), attempt {} of {}", conflict.getClass().getSimpleName(),
                        attempt + 1, ATTEMPTS);
                WriteConflicts.pause(WriteConflicts.backoff(attempt));
            }
        }
    }

    void count(DossierSubmitted submitted) {
        facts(submitted.code()).ifPresent(facts -> {
            if (!counters.claim(facts.code(), 'S')) {
                return;
            }
            Map<Counter, Integer> amounts = new EnumMap<>(Counter.class);
            amounts.put(Counter.RECEIVED, 1);
            amounts.put(Counter.RECEIVED_ASSISTED, facts.assisted() ? 1 : 0);
            amounts.put(Counter.WITH_FEE, hasFee(facts) ? 1 : 0);
            add(facts, day(facts.receivedAt()), amounts);
            if (facts.assisted()) {
                counters.addAssisted(VolunteerGroup.of(facts.assistedByUsername(), accounts),
                        day(facts.receivedAt()));
            }
        });
    }

    void count(DossierStatusChanged changed) {
        if (changed.to() == DossierStatus.PROCESSING_FINISHED) {
            facts(changed.code()).filter(facts -> facts.timeliness() != null)
                    .filter(facts -> counters.claim(facts.code(), 'F'))
                    .ifPresent(facts -> add(facts, facts.finishedOn(), Map.of(switch (facts.timeliness()) {
                        case BEFORE_DEADLINE -> Counter.FINISHED_EARLY;
                        case ON_TIME -> Counter.FINISHED_ON_TIME;
                        case LATE -> Counter.FINISHED_LATE;
                    }, 1)));
        } else if (changed.to() == DossierStatus.RESULT_RETURNED) {
            facts(changed.code()).filter(facts -> counters.claim(facts.code(), 'R')).ifPresent(facts -> {
                Map<Counter, Integer> amounts = new EnumMap<>(Counter.class);
                amounts.put(Counter.RETURNED, 1);
                amounts.put(Counter.RETURNED_BY_POST, facts.resultDelivery() == ResultDelivery.POSTAL ? 1 : 0);
                amounts.put(Counter.RETURNED_ELECTRONIC,
                        facts.resultDelivery() == ResultDelivery.ELECTRONIC ? 1 : 0);
                amounts.put(Counter.RETURNED_FULL_ONLINE, fullOnline(facts) ? 1 : 0);
                add(facts, day(changed.changedAt()), amounts);
            });
        }
    }

    /** Paid online for the whole fee: as the dossier module marks the fee PAID (a smaller amount pays nothing). */
    void count(PaymentConfirmed paid) {
        facts(paid.dossierCode()).filter(DashboardCounting::hasFee)
                .filter(facts -> paid.amountVnd() >= facts.feeVnd())
                .filter(facts -> counters.claim(facts.code(), 'P'))
                .ifPresent(facts -> add(facts, day(facts.receivedAt()), Map.of(Counter.FEE_PAID_ONLINE, 1)));
    }

    void count(DossierRated rated) {
        facts(rated.code()).filter(facts -> counters.claim(facts.code(), 'V'))
                .ifPresent(facts -> add(facts, day(facts.receivedAt()),
                        Map.of(Counter.RATED, 1, Counter.RATING_SUM, rated.score())));
    }

    /**
     * Toàn trình (Decree 42/2022): filed online, the fee (if any) not paid at the counter, the result not collected
     * at the counter. Judged when the result is returned, when all three are settled.
     */
    static boolean fullOnline(DossierFacts facts) {
        return facts.channel() == SubmissionChannel.ONLINE && facts.resultDelivery() != ResultDelivery.COUNTER
                && (facts.feeStatus() == FeeStatus.NONE || facts.feeStatus() == FeeStatus.PAID);
    }

    /** A fee known at submission, payable online; a fee the officer sets (null) is paid at the counter. */
    private static boolean hasFee(DossierFacts facts) {
        return facts.feeVnd() != null && facts.feeVnd() > 0;
    }

    private Optional<DossierFacts> facts(String code) {
        Optional<DossierFacts> facts = dossiers.facts(code);
        if (facts.isEmpty()) {
            log.warn("Dashboard: an event names dossier {}, which does not exist here; not counted", code);
        }
        return facts;
    }

    private void add(DossierFacts facts, LocalDate day, Map<Counter, Integer> amounts) {
        UnitPlace place = places.of(facts.receivingUnitCode())
                .orElseGet(() -> UnitPlace.unknown(facts.receivingUnitCode()));
        counters.add(place, facts.procedureCode(), ChannelGroup.of(facts.channel()), day, amounts);
    }

    private LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, clock.getZone());
    }
}
