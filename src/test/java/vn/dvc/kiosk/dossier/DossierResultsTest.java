package vn.dvc.kiosk.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The electronic result is judged by its first bytes and its size, and keeps only the file's own name. */
class DossierResultsTest {

    @Test
    void onlyWhatStartsWithThePdfMagicIsAPdf() {
        DossierResults.check("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));

        assertRefused("%PDF".getBytes(StandardCharsets.US_ASCII), InvalidResultFileException.Reason.NOT_PDF);
        assertRefused(" %PDF-1.7".getBytes(StandardCharsets.US_ASCII), InvalidResultFileException.Reason.NOT_PDF);
        assertRefused(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0}, InvalidResultFileException.Reason.NOT_PDF);
        assertRefused(new byte[0], InvalidResultFileException.Reason.EMPTY);
        assertRefused(null, InvalidResultFileException.Reason.EMPTY);
        byte[] large = new byte[DossierResults.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 5);
        assertRefused(large, InvalidResultFileException.Reason.TOO_LARGE);
        DossierResults.check(java.util.Arrays.copyOf(large, DossierResults.MAX_BYTES));
    }

    @Test
    void theNameLosesItsFolderAndControlCharacters() {
        assertThat(DossierResults.cleanName("C:\\Users\\lan\\Kết quả.pdf")).isEqualTo("Kết quả.pdf");
        assertThat(DossierResults.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(DossierResults.cleanName("a\u0000b.pdf")).isEqualTo("ab.pdf");
        assertThat(DossierResults.cleanName("  ")).isEqualTo("ket-qua.pdf");
        assertThat(DossierResults.cleanName(null)).isEqualTo("ket-qua.pdf");
        assertThat(DossierResults.cleanName("x".repeat(300) + ".pdf")).hasSize(255).endsWith(".pdf");
    }

    private static void assertRefused(byte[] bytes, InvalidResultFileException.Reason reason) {
        assertThatThrownBy(() -> DossierResults.check(bytes)).isInstanceOfSatisfying(
                InvalidResultFileException.class, refused -> assertThat(refused.reason()).isEqualTo(reason));
    }
}
