package vn.dvc.kiosk.kiosk.health;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import vn.dvc.kiosk.kiosk.CameraSettings;

/**
 * Whether the kiosk's configured camera is there, without opening it (the identity module may be using it): Linux
 * lists video devices in {@code /sys/class/video4linux/videoN/name}; the camera is there when a device whose name
 * contains {@code kiosk.camera.device} (any device when that is empty, as webcam-capture picks the first one) has a
 * readable {@code /dev/videoN}. A device set as a path ({@code /dev/video0}) is checked as that file.
 */
final class CameraCheck {

    private final Path sysfs;
    private final Path dev;

    /** The real system's folders. */
    CameraCheck() {
        this(Path.of("/sys/class/video4linux"), Path.of("/dev"));
    }

    /** Other folders, for tests. */
    CameraCheck(Path sysfs, Path dev) {
        this.sysfs = sysfs;
        this.dev = dev;
    }

    CameraState check(CameraSettings camera) {
        return switch (camera.source()) {
            case NONE -> CameraState.NOT_CONFIGURED;
            // frames from a folder (tests, demos): nothing to plug in
            case IMAGES -> CameraState.OK;
            case WEBCAM -> webcam(camera.device()) ? CameraState.OK : CameraState.MISSING;
        };
    }

    private boolean webcam(String wanted) {
        if (wanted.startsWith("/")) {
            return Files.isReadable(Path.of(wanted));
        }
        if (!Files.isDirectory(sysfs)) {
            return false;
        }
        try (Stream<Path> devices = Files.list(sysfs)) {
            return devices.anyMatch(device -> (wanted.isEmpty() || nameOf(device).contains(wanted))
                    && Files.isReadable(dev.resolve(device.getFileName().toString())));
        } catch (IOException e) {
            return false;
        }
    }

    private static String nameOf(Path device) {
        try {
            return Files.readString(device.resolve("name")).strip();
        } catch (IOException e) {
            return "";
        }
    }
}
