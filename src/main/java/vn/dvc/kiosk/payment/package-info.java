/**
 * Online fee payment: payment orders for a dossier's fee ({@link vn.dvc.kiosk.payment.Payments}), the VNPay gateway
 * (signed payment URL, IPN endpoint), the expiry job, and the events other features listen to
 * ({@link vn.dvc.kiosk.payment.PaymentConfirmed}, ...). It knows dossiers only by their code and depends on no other
 * feature, so that the dossier module can listen to its events without a cycle.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payment")
package vn.dvc.kiosk.payment;
