package vn.dvc.kiosk.dossier;

import java.time.Instant;

/** What the desk shows of a dossier's electronic result: the file is read only when someone opens it. */
public record ResultFile(String fileName, String contentType, int sizeBytes, String sha256, String attachedBy,
        Instant attachedAt) {
}
