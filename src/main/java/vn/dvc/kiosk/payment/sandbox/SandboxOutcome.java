package vn.dvc.kiosk.payment.sandbox;

import java.util.List;

import vn.dvc.kiosk.payment.PaymentStatus;

/**
 * What one sandbox action did.
 *
 * @param rspCodes    the app's answer to each notice sent, in order (empty when none was sent)
 * @param statusAfter the order's status afterwards, as the app has it
 */
record SandboxOutcome(String orderRef, SandboxScenario scenario, List<String> rspCodes, PaymentStatus statusAfter) {
}
