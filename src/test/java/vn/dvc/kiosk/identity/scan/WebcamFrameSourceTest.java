package vn.dvc.kiosk.identity.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;

import com.github.sarxos.webcam.Webcam;
import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our frame source on the real webcam-capture library, with a driver standing in for the V4L2 camera (no native
 * code loads): a document camera that shows an ID card.
 */
class WebcamFrameSourceTest {

    static final class DocumentCamera implements WebcamDevice {
        private final BufferedImage card = CardImageCorpus.cardFrame(CardImageCorpus.ID_CARD_PAYLOAD, 1280, 720);
        private Dimension resolution = new Dimension(640, 480);
        private boolean open;

        @Override
        public String getName() {
            return "Document Camera HD /dev/video0";
        }

        @Override
        public Dimension[] getResolutions() {
            return new Dimension[] {new Dimension(640, 480), new Dimension(1280, 720)};
        }

        @Override
        public Dimension getResolution() {
            return resolution;
        }

        @Override
        public void setResolution(Dimension size) {
            resolution = size;
        }

        @Override
        public BufferedImage getImage() {
            return open ? card : null;
        }

        @Override
        public void open() {
            open = true;
        }

        @Override
        public void close() {
            open = false;
        }

        @Override
        public void dispose() {
            open = false;
        }

        @Override
        public boolean isOpen() {
            return open;
        }
    }

    static final DocumentCamera CAMERA = new DocumentCamera();

    @BeforeAll
    static void plugInTheDocumentCamera() {
        Webcam.setDriver(new WebcamDriver() {
            @Override
            public List<WebcamDevice> getDevices() {
                return List.of(CAMERA);
            }

            @Override
            public boolean isThreadSafe() {
                return true;
            }
        });
    }

    @AfterAll
    static void unplug() {
        Webcam.resetDriver();
    }

    @Test
    void framesFromTheNamedCameraAtTheProfilesResolutionDecodeToTheCard() {
        try (WebcamFrameSource source = new WebcamFrameSource("Document Camera", new Dimension(1280, 720))) {
            BufferedImage frame = source.grab().orElseThrow();

            assertThat(CAMERA.getResolution()).isEqualTo(new Dimension(1280, 720));
            assertThat(new QrFrameDecoder(Duration.ofMillis(200)).decode(frame))
                    .isEqualTo(new FrameDecode.Decoded(CardImageCorpus.ID_CARD_PAYLOAD));
        }
        assertThat(CAMERA.isOpen()).as("the camera is released").isFalse();
    }

    @Test
    void anAbsentCameraGivesNoFrameAndNoError() {
        try (WebcamFrameSource source = new WebcamFrameSource("No such camera", new Dimension(640, 480))) {
            assertThat(source.grab()).isEmpty();
        }
    }
}
