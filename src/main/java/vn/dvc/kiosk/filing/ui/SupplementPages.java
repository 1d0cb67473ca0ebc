package vn.dvc.kiosk.filing.ui;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import vn.dvc.kiosk.filing.AcceptedPage;

/**
 * The pages taken so far for a supplement, each with its picture (a PDF shows as a file) and "Xoá trang n". They live
 * only in this screen until sent: nothing of them is stored before the dossier takes them all at once.
 */
class SupplementPages extends Div {

    private final List<AcceptedPage> pages;
    private final Runnable changed;

    SupplementPages(List<AcceptedPage> pages, Runnable changed) {
        this.pages = pages;
        this.changed = changed;
        addClassName("document-pages");
        setId("document-pages");
        refresh();
    }

    void refresh() {
        removeAll();
        if (pages.isEmpty()) {
            add(new Paragraph(getTranslation("filing.documents.noPages")));
            return;
        }
        for (int i = 0; i < pages.size(); i++) {
            AcceptedPage page = pages.get(i);
            int number = i + 1;
            Div tile = new Div();
            tile.addClassName("document-page");
            if (page.isImage()) {
                Image image = new Image(preview(page, number), getTranslation("filing.documents.page", number));
                image.addClassName("document-page-image");
                tile.add(image, new Span(getTranslation("filing.documents.page", number)));
            } else {
                tile.add(VaadinIcon.FILE_TEXT_O.create(),
                        new Span(getTranslation("filing.documents.page.pdf", number)));
            }
            Button remove = new Button(getTranslation("filing.documents.remove", number), VaadinIcon.TRASH.create(),
                    e -> {
                        pages.remove(page);
                        refresh();
                        changed.run();
                    });
            remove.addClassName("document-page-remove");
            remove.setId("remove-page-" + number);
            tile.add(remove);
            add(tile);
        }
    }

    private static DownloadHandler preview(AcceptedPage page, int number) {
        return DownloadHandler.fromInputStream(download -> new DownloadResponse(
                new ByteArrayInputStream(page.content()), "trang-" + number + ".jpg", page.contentType(),
                page.content().length));
    }
}
