package vn.dvc.kiosk.payment.sandbox;

import java.util.EnumSet;
import java.util.Set;

import vn.dvc.kiosk.payment.PaymentMethod;

/**
 * What the sandbox's bank can do to a pending order: the notifications a real gateway or bank sends, good and bad.
 * VNPay orders get VNPay IPNs; VietQR orders get the bank's credit notices (a transfer cannot be "cancelled").
 */
enum SandboxScenario {
    /** A correct payment: one notice. Expected 00, the order PAID. */
    PAY(EnumSet.allOf(PaymentMethod.class)),
    /** Signed, for 1,000 VND less (more when the fee is that small). Expected 04, flagged, still PENDING. */
    WRONG_AMOUNT(EnumSet.allOf(PaymentMethod.class)),
    /** The same correct notice twice. Expected 00 then 02, paid once. */
    DUPLICATE(EnumSet.allOf(PaymentMethod.class)),
    /** Signed with a secret that is not the terminal's. Expected 97, nothing changes. */
    FORGED(EnumSet.allOf(PaymentMethod.class)),
    /** The resident cancelled at VNPay (ResponseCode 24). Expected 00, the order FAILED. */
    CANCEL(EnumSet.of(PaymentMethod.VNPAY)),
    /** Paid after the order was closed (it is expired first, as the resident gave up). Expected 00, PAID late. */
    LATE(EnumSet.allOf(PaymentMethod.class)),
    /** The payment's notice, then an older failure arriving after it. Expected 00 then 02, still PAID. */
    OUT_OF_ORDER(EnumSet.of(PaymentMethod.VNPAY)),
    /** Paid at VNPay but the IPN is lost: only reconciliation (querydr) finds it. Nothing sent now. */
    LOST_NOTICE(EnumSet.of(PaymentMethod.VNPAY)),
    /** Two different transfers for the same code. Expected 00 then 00, the second flagged for a refund. */
    PAID_TWICE(EnumSet.of(PaymentMethod.VIETQR));

    private final Set<PaymentMethod> methods;

    SandboxScenario(Set<PaymentMethod> methods) {
        this.methods = methods;
    }

    boolean appliesTo(PaymentMethod method) {
        return methods.contains(method);
    }

    /** The i18n key of its button. */
    String labelKey() {
        return "sandbox.bank.action." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
