/**
 * The payment's e-receipt: {@link vn.dvc.kiosk.payment.receipt.PaidFee} (exactly what it prints),
 * {@link vn.dvc.kiosk.payment.receipt.PaymentReceiptPdf} (the A5 PDF) and
 * {@link vn.dvc.kiosk.payment.receipt.PaymentReceiptDownloads} (a Vaadin download for an Anchor). The payment module
 * knows no dossier, applicant or procedure: whoever asks for a receipt hands those in (the dossier module does, see
 * {@code vn.dvc.kiosk.dossier.PaymentReceipts}). Open to other modules as the named interface "receipt".
 */
@org.springframework.modulith.NamedInterface("receipt")
package vn.dvc.kiosk.payment.receipt;
