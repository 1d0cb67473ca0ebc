package vn.dvc.kiosk.filing;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import com.vaadin.flow.shared.Registration;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.dvc.kiosk.payment.PaymentConfirmed;
import vn.dvc.kiosk.payment.PaymentExpired;
import vn.dvc.kiosk.payment.PaymentFailed;

/**
 * Tells the screens waiting for a payment that its order changed, once the change is committed. The screen then
 * reads the order again and updates itself through server push: the resident never has to tap "check".
 */
@Component
public class PaymentWatch {

    private final Map<String, Set<Consumer<String>>> watchers = new ConcurrentHashMap<>();

    /** @param onChange called with the order reference, on the publishing thread: use UI.access inside */
    public Registration watch(String orderRef, Consumer<String> onChange) {
        watchers.computeIfAbsent(orderRef, ref -> ConcurrentHashMap.newKeySet()).add(onChange);
        return () -> watchers.computeIfPresent(orderRef, (ref, set) -> {
            set.remove(onChange);
            return set.isEmpty() ? null : set;
        });
    }

    // plain listeners that wait for the commit themselves: a @TransactionalEventListener would also be recorded in
    // Modulith's event publication registry, which is for work that must not be lost, not for screen refreshes
    @EventListener
    void on(PaymentConfirmed confirmed) {
        afterCommit(confirmed.orderRef());
    }

    @EventListener
    void on(PaymentFailed failed) {
        afterCommit(failed.orderRef());
    }

    @EventListener
    void on(PaymentExpired expired) {
        afterCommit(expired.orderRef());
    }

    private void afterCommit(String orderRef) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            changed(orderRef);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                changed(orderRef);
            }
        });
    }

    private void changed(String orderRef) {
        Set<Consumer<String>> waiting = watchers.get(orderRef);
        if (waiting != null) {
            waiting.forEach(watcher -> watcher.accept(orderRef));
        }
    }
}
