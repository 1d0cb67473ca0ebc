package vn.dvc.kiosk.filing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what residents attach, enforced on the server whatever the browser was told.
 *
 * @param maxFileSize         one uploaded file or photo, before compression
 * @param maxPagesPerDocument pages of one document
 * @param maxDraftSize        all pages of one draft, after compression
 * @param maxImageEdge        longest side of a stored page image, in pixels (a 300 dpi A4 page is 3508)
 * @param jpegQuality         0..1
 * @param draftsKeptFor       how long an unfinished draft can be resumed; it is deleted after that
 */
@ConfigurationProperties("kiosk.documents")
public record DocumentProperties(DataSize maxFileSize, int maxPagesPerDocument, DataSize maxDraftSize,
        int maxImageEdge, float jpegQuality, Duration draftsKeptFor) {

    public DocumentProperties {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
        maxPagesPerDocument = maxPagesPerDocument <= 0 ? 10 : maxPagesPerDocument;
        maxDraftSize = maxDraftSize == null ? DataSize.ofMegabytes(40) : maxDraftSize;
        maxImageEdge = maxImageEdge <= 0 ? 2400 : maxImageEdge;
        jpegQuality = jpegQuality <= 0 || jpegQuality > 1 ? 0.8f : jpegQuality;
        draftsKeptFor = draftsKeptFor == null ? Duration.ofHours(72) : draftsKeptFor;
    }
}
