package vn.dvc.kiosk.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import vn.dvc.kiosk.catalog.FeeUnit;
import vn.dvc.kiosk.catalog.Procedure;
import vn.dvc.kiosk.catalog.SeedProcedures;

/** What a dossier filed online owes, from the seed catalog's real fees. */
class FeeDueTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @Test
    void filingOnlineCostsTheOnlineRate() {
        // Gia hạn tạm trú: 10,000 at the counter, 5,000 online
        assertThat(FeeDue.forOnlineFiling(procedure("1.002755"), new FilingDraft("1.002755"), DAY)).isEqualTo(5_000L);
        assertThat(FeeDue.forOnlineFiling(procedure("1.004222"), new FilingDraft("1.004222"), DAY)).isEqualTo(10_000L);
    }

    @Test
    void aTemporaryReductionAppliesUntilItsLastDay() {
        Procedure reissue = procedure("1.014064");
        assertThat(FeeDue.forOnlineFiling(reissue, new FilingDraft("1.014064"), LocalDate.of(2026, 12, 31)))
                .isEqualTo(35_000L);
        assertThat(FeeDue.forOnlineFiling(reissue, new FilingDraft("1.014064"), LocalDate.of(2027, 1, 1)))
                .isEqualTo(70_000L);
    }

    @Test
    void exemptionsCostNothingAndUnknownOrVaryingAmountsAreLeftToTheOfficer() {
        assertThat(FeeDue.forOnlineFiling(procedure("1.001193"), new FilingDraft("1.001193"), DAY)).isZero();
        assertThat(FeeDue.forOnlineFiling(procedure("1.004873"), new FilingDraft("1.004873"), DAY)).isNull();
        assertThat(FeeDue.forOnlineFiling(procedure("1.001612"), new FilingDraft("1.001612"), DAY)).isNull();
    }

    @Test
    void aFeePerCopyIsMultipliedByTheCopiesAskedForAndAFeePerPageIsCountedByTheOfficer() {
        Procedure copies = procedure("2.000635");
        assertThat(copies.getFee().unit()).isEqualTo(FeeUnit.COPY);
        FilingDraft draft = new FilingDraft("2.000635");
        assertThat(FeeDue.forOnlineFiling(copies, draft, DAY)).isNull();
        draft.answer(FeeDue.COPIES_FIELD, "3");
        assertThat(FeeDue.forOnlineFiling(copies, draft, DAY)).isEqualTo(24_000L);
        draft.answer(FeeDue.COPIES_FIELD, "ba");
        assertThat(FeeDue.forOnlineFiling(copies, draft, DAY)).isNull();

        Procedure pages = procedure("2.000815");
        assertThat(pages.getFee().unit()).isEqualTo(FeeUnit.PAGE);
        assertThat(FeeDue.forOnlineFiling(pages, new FilingDraft("2.000815"), DAY)).isNull();
    }

    private static Procedure procedure(String code) {
        return java.util.Objects.requireNonNull(SeedProcedures.all().get(code), code);
    }
}
