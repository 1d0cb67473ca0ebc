package vn.dvc.kiosk.kiosk.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dvc.kiosk.kiosk.CameraSettings;
import vn.dvc.kiosk.kiosk.CameraSettings.Source;

/** The camera's state from Linux's list of video devices, on a made-up /sys and /dev. */
class CameraCheckTest {

    @TempDir
    Path root;

    private CameraCheck check() {
        return new CameraCheck(root.resolve("sys"), root.resolve("dev"));
    }

    private void device(String node, String name) throws IOException {
        Files.createDirectories(root.resolve("sys").resolve(node));
        Files.writeString(root.resolve("sys").resolve(node).resolve("name"), name + "\n");
        Files.createDirectories(root.resolve("dev"));
        Files.writeString(root.resolve("dev").resolve(node), "");
    }

    private static CameraSettings webcam(String device) {
        return new CameraSettings(Source.WEBCAM, device, 1280, 720);
    }

    @Test
    void noCameraOfItsOwnIsNotConfiguredAndFramesFromAFolderAreOk() {
        assertThat(check().check(new CameraSettings(Source.NONE, "", 1280, 720))).isEqualTo(CameraState.NOT_CONFIGURED);
        assertThat(check().check(new CameraSettings(Source.IMAGES, "", 1280, 720))).isEqualTo(CameraState.OK);
    }

    @Test
    void aWebcamIsFoundByPartOfItsName() throws IOException {
        assertThat(check().check(webcam(""))).as("no video devices at all").isEqualTo(CameraState.MISSING);

        device("video0", "Integrated Webcam");
        device("video2", "USB Document Camera: HD");

        assertThat(check().check(webcam("Document Camera"))).isEqualTo(CameraState.OK);
        assertThat(check().check(webcam(""))).isEqualTo(CameraState.OK);
        assertThat(check().check(webcam("Scanner"))).isEqualTo(CameraState.MISSING);
    }

    @Test
    void aDeviceListedButWithoutItsDeviceFileIsMissing() throws IOException {
        device("video0", "USB Document Camera");
        Files.delete(root.resolve("dev/video0"));
        assertThat(check().check(webcam("Document Camera"))).isEqualTo(CameraState.MISSING);
    }

    @Test
    void aDevicePathIsCheckedAsAFile() throws IOException {
        device("video4", "whatever");
        assertThat(check().check(webcam(root.resolve("dev/video4").toString()))).isEqualTo(CameraState.OK);
        assertThat(check().check(webcam(root.resolve("dev/video9").toString()))).isEqualTo(CameraState.MISSING);
    }
}
