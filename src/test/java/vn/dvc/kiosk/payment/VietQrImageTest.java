package vn.dvc.kiosk.payment;

import vn.dvc.kiosk.shared.qr.QrImages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

class VietQrImageTest {

    private final VietQrPayload payload = VietQrPayload.dynamic("970436", "1017595600", 250_000,
            VietQrPayload.purposeFor("000.17.22.H56-261122-0001", "Lệ phí"));

    @Test
    void theRenderedPngDecodesBackToThePayload() throws Exception {
        byte[] png = VietQrImage.png(payload);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

        assertThat(image.getWidth()).isEqualTo(VietQrImage.DEFAULT_SIZE);
        assertThat(image.getHeight()).isEqualTo(VietQrImage.DEFAULT_SIZE);
        Result read = decode(image);
        assertThat(read.getBarcodeFormat()).isEqualTo(BarcodeFormat.QR_CODE);
        assertThat(read.getText()).isEqualTo(payload.text());
        assertThat(VietQrPayload.parse(read.getText())).isEqualTo(payload);
    }

    @Test
    void theDataUrlIsAPngOfTheRequestedSizeThatDecodesToo() throws Exception {
        String url = VietQrImage.dataUrl(payload, 320);

        assertThat(url).startsWith("data:image/png;base64,");
        byte[] png = Base64.getDecoder().decode(url.substring("data:image/png;base64,".length()));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(320);
        assertThat(decode(image).getText()).isEqualTo(payload.text());
    }

    @Test
    void theCodeHasAWhiteQuietZone() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(VietQrImage.png(payload)));
        for (int i = 0; i < image.getWidth(); i++) { // top row, left column: white
            assertThat(image.getRGB(i, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
            assertThat(image.getRGB(0, i) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        }
    }

    @Test
    void sizesOutsideTheRangeAndEmptyTextAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> QrImages.png(payload.text(), 99));
        assertThatIllegalArgumentException().isThrownBy(() -> QrImages.png(payload.text(), 4001));
        assertThatIllegalArgumentException().isThrownBy(() -> QrImages.png("", 300));
    }

    private static Result decode(BufferedImage image) throws Exception {
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS,
                java.util.List.of(BarcodeFormat.QR_CODE), DecodeHintType.PURE_BARCODE, Boolean.FALSE));
    }
}
