package vn.dvc.kiosk.dossier;

/**
 * One stored page of a dossier's document, without its content: the desk lists these and opens a page by them.
 *
 * @param document the document's position in {@link DossierDetail#documents()}, from 1
 * @param pageNo   the page's number in its document, from 1
 */
public record DocumentPageRef(int document, int pageNo, String contentType, int sizeBytes) {

    public boolean isPdf() {
        return "application/pdf".equals(contentType);
    }
}
