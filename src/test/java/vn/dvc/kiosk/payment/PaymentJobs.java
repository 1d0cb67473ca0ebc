package vn.dvc.kiosk.payment;

import org.springframework.context.ApplicationContext;

/**
 * Test access to the payment module's scheduled jobs (package-private in the app), for tests in other packages
 * such as the sandbox's. Test sources only: nothing of this is the module's API.
 */
public final class PaymentJobs {

    private PaymentJobs() {
    }

    /** One reconciliation run over every pending order old enough; how many it changed or flagged. */
    public static int reconcile(ApplicationContext context) {
        return context.getBean(PaymentReconciliation.class).reconcile();
    }

    /** Reconciles one order; whether the gateway's answer changed or flagged it. */
    public static boolean reconcile(ApplicationContext context, String orderRef) {
        return context.getBean(PaymentReconciliation.class).reconcile(orderRef);
    }

    public static int expireStale(ApplicationContext context) {
        return context.getBean(PaymentExpiry.class).expireStale();
    }
}
