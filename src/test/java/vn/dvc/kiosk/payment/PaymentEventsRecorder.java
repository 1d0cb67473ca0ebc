package vn.dvc.kiosk.payment;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records the payment module's events that were published inside a transaction which then committed, whatever the
 * thread (IPNs arrive on the server's threads). An event published outside any transaction is recorded as such, so
 * a test can show there are none. A plain object added to the multicaster, not a bean: a test configuration would
 * start a second application context.
 */
final class PaymentEventsRecorder implements ApplicationListener<ApplicationEvent> {

    /** An event published with no transaction around it. */
    record OutsideTransaction(Object event) {
    }

    private final List<Object> committed = new CopyOnWriteArrayList<>();

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (!(event instanceof PayloadApplicationEvent<?> payload)
                || !payload.getPayload().getClass().getPackageName().equals(Payments.class.getPackageName())) {
            return;
        }
        Object published = payload.getPayload();
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            committed.add(new OutsideTransaction(published));
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                committed.add(published);
            }
        });
    }

    <T> List<T> committed(Class<T> type) {
        return committed.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<OutsideTransaction> outsideTransactions() {
        return committed(OutsideTransaction.class);
    }
}
