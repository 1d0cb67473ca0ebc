package vn.dvc.kiosk.backoffice.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.server.streams.DownloadHandler;
import vn.dvc.kiosk.dossier.DocumentKind;
import vn.dvc.kiosk.dossier.DocumentPageRef;
import vn.dvc.kiosk.dossier.DocumentSummary;
import vn.dvc.kiosk.dossier.DossierDetail;

/**
 * The handed-in documents, each with its pages as thumbnails: an image page opens large and zoomable, a PDF page in
 * the browser's own viewer in a new tab. Each page is read from the database only when the browser asks for it.
 */
class DossierDocumentsPanel extends Div {

    private final SerializableBiFunction<Integer, Integer, DownloadHandler> thumbnail;

    /**
     * @param page      the page as handed in, by document position and page number
     * @param thumbnail a small picture of a PDF page
     */
    DossierDocumentsPanel(DossierDetail dossier, List<DocumentPageRef> pages,
            SerializableBiFunction<Integer, Integer, DownloadHandler> page,
            SerializableBiFunction<Integer, Integer, DownloadHandler> thumbnail) {
        this.thumbnail = thumbnail;
        setId("desk-documents");
        addClassName("desk-documents");
        List<DocumentSummary> documents = dossier.documents();
        if (documents.isEmpty()) {
            add(new Paragraph(getTranslation("desk.documents.none")));
        }
        for (int i = 0; i < documents.size(); i++) {
            DocumentSummary document = documents.get(i);
            int position = i + 1;
            Div block = new Div();
            block.addClassName("desk-document");
            block.add(new H3(document.name()));
            // the electronic declaration has no pages: its content is the declared data
            String size = document.pageCount() == 0 && document.kind() == DocumentKind.ELECTRONIC_FORM
                    ? getTranslation("desk.documents.fromAnswers")
                    : getTranslation("desk.documents.pages", document.pageCount());
            Span kind = new Span(getTranslation("desk.documents.kind." + document.kind().name()) + " · " + size);
            kind.addClassName("desk-note");
            block.add(kind);
            Div tiles = new Div();
            tiles.addClassName("desk-page-tiles");
            pages.stream().filter(ref -> ref.document() == position)
                    .forEach(ref -> tiles.add(tile(document, ref, page.apply(position, ref.pageNo()))));
            block.add(tiles);
            add(block);
        }
    }

    private Div tile(DocumentSummary document, DocumentPageRef ref, DownloadHandler content) {
        String label = getTranslation("desk.documents.page", document.name(), ref.pageNo());
        Div tile = new Div();
        tile.addClassName("desk-page-tile");
        if (ref.isPdf()) {
            Anchor open = new Anchor(content, AttachmentType.INLINE, "");
            open.setTarget(AnchorTarget.BLANK);
            Image picture = new Image(thumbnail.apply(ref.document(), ref.pageNo()), "");
            picture.addClassName("desk-page-thumbnail");
            picture.getElement().setAttribute("loading", "lazy");
            open.add(picture, new Span(getTranslation("desk.documents.openPdf", ref.pageNo())));
            open.getElement().setAttribute("aria-label", label + " – " + getTranslation("desk.documents.newTab"));
            open.addClassName("desk-page-pdf");
            open.setId("desk-page-" + ref.document() + "-" + ref.pageNo());
            tile.add(open);
            return tile;
        }
        Image thumbnail = new Image(content, label);
        thumbnail.addClassName("desk-page-thumbnail");
        thumbnail.getElement().setAttribute("loading", "lazy");
        Button open = new Button(thumbnail, e -> new PageZoomDialog(content, label).open());
        open.addClassName("desk-page-open");
        open.setId("desk-page-" + ref.document() + "-" + ref.pageNo());
        open.getElement().setAttribute("aria-label", getTranslation("desk.documents.zoom", label));
        tile.add(open, new Span(getTranslation("desk.documents.pageNo", ref.pageNo())));
        return tile;
    }
}
