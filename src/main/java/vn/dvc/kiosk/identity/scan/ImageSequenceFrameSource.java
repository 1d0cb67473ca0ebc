package vn.dvc.kiosk.identity.scan;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Frames from the image files in a folder (PNG or JPEG), in name order, over and over. Stands in for a camera in
 * tests and on a kiosk without one. The folder is read again on each pass, so images can be put there while
 * the kiosk runs.
 */
public final class ImageSequenceFrameSource implements FrameSource {

    private static final Logger log = LoggerFactory.getLogger(ImageSequenceFrameSource.class);

    private final Path folder;
    private List<Path> files = List.of();
    private int next;

    public ImageSequenceFrameSource(Path folder) {
        this.folder = folder;
    }

    @Override
    public synchronized Optional<BufferedImage> grab() {
        if (next >= files.size()) {
            files = list();
            next = 0;
            if (files.isEmpty()) {
                return Optional.empty();
            }
        }
        Path file = files.get(next++);
        try {
            return Optional.ofNullable(ImageIO.read(file.toFile()));
        } catch (IOException e) {
            log.warn("Cannot read frame image {}: {}", file.getFileName(), e.getMessage());
            return Optional.empty();
        }
    }

    private List<Path> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(f -> f.getFileName().toString().matches("(?i).*\\.(png|jpe?g)$")).sorted().toList();
        } catch (IOException e) {
            log.warn("Cannot list frame images in {}: {}", folder, e.getMessage());
            return List.of();
        }
    }

    @Override
    public void close() {
        // nothing held open
    }
}
