package vn.dvc.kiosk.catalog;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The fee (lệ phí) of a procedure. {@code amountVnd} is null when no single amount is meaningful (land, taxes) or
 * the province sets it; {@code varies} marks a reference amount that provinces change.
 */
@Embeddable
public record Fee(
        @Column(name = "fee_amount_vnd") Long amountVnd,
        @Column(name = "fee_online_vnd") Long onlineAmountVnd,
        @Column(name = "fee_copy_vnd") Long copyFeeVnd,
        @Column(name = "fee_reduced_vnd") Long reducedAmountVnd,
        @Column(name = "fee_reduced_until") LocalDate reducedUntil,
        @Column(name = "fee_varies") boolean varies,
        @Enumerated(EnumType.STRING) @Column(name = "fee_unit") FeeUnit unit,
        @Column(name = "fee_note_vi") String noteVi,
        @Column(name = "fee_note_en") String noteEn) {

    public boolean isFree() {
        return amountVnd != null && amountVnd == 0 && !varies;
    }

    public boolean isKnown() {
        return amountVnd != null;
    }

    /** What a resident filing online pays on {@code day}: the temporary reduction or the online rate if any. */
    public Long amountOnlineOn(LocalDate day) {
        if (reducedAmountVnd != null && reducedUntil != null && !day.isAfter(reducedUntil)) {
            return reducedAmountVnd;
        }
        return onlineAmountVnd != null ? onlineAmountVnd : amountVnd;
    }
}
