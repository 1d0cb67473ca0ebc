package vn.dvc.kiosk.dossier;

/**
 * The papers a resident sent were added and processing resumed.
 *
 * @param documentName the new document's name as the officer sees it
 */
public record SupplementReceived(String code, String documentName, int pageCount, String trackingToken) {
}
