/**
 * Online fee payment: payment orders for a dossier's fee ({@link vn.dvc.kiosk.payment.Payments}), the VNPay gateway
 * (signed payment URL, IPN endpoint, querydr), the bank's credit notices that confirm VietQR transfers, the expiry and
 * reconciliation jobs, the officers' mismatch report ({@link vn.dvc.kiosk.payment.PaymentMismatches}), and the events
 * other features listen to ({@link vn.dvc.kiosk.payment.PaymentConfirmed}, ...). It knows dossiers only by their code
 * and depends on no other feature, so that the dossier module can listen to its events without a cycle (the dossier
 * module implements {@link vn.dvc.kiosk.payment.DossierFeeCheck} for the report). Inside: {@code ui} (the VNPay return
 * page, the reconciliation report) and {@code sandbox} (a pretend VNPay and bank for the demo and the tests, only
 * when {@code kiosk.payment.sandbox.enabled}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payment")
package vn.dvc.kiosk.payment;
