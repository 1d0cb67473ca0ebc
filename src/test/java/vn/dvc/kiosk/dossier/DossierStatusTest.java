package vn.dvc.kiosk.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class DossierStatusTest {

    @Test
    void theNationalStatusesAreNumberedOneToTenInOrder() {
        assertThat(Arrays.stream(DossierStatus.values()).map(DossierStatus::portalCode))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 10).boxed().toList());
        assertThat(DossierStatus.ofPortalCode(7)).isEqualTo(DossierStatus.WITHDRAWN);
        assertThatThrownBy(() -> DossierStatus.ofPortalCode(11)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void supplementFinancialObligationAndStopPauseTheClock() {
        assertThat(Arrays.stream(DossierStatus.values()).filter(DossierStatus::pausesTheClock))
                .containsExactly(DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.FINANCIAL_OBLIGATION_REQUESTED,
                        DossierStatus.PROCESSING_STOPPED);
    }
}
