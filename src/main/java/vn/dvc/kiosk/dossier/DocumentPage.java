package vn.dvc.kiosk.dossier;

/** One page of a handed-in document: an image (JPEG) or a PDF file, already checked by content. */
public record DocumentPage(String contentType, byte[] content) {
}
