package vn.dvc.kiosk.dossier;

/** A line of the receipt's table of documents. */
public record DocumentSummary(String name, DocumentKind kind, int pageCount) {
}
