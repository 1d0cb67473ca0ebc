package vn.dvc.kiosk.backoffice.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * One image page, large: zoom in, zoom out and fit, by button or by the keys +, − and 0 (Esc closes). Zooming sets
 * the image's width, so the scroll area lets the officer move over a page too large for the screen.
 */
class PageZoomDialog extends Dialog {

    static final int FIT = 100;
    static final int STEP = 25;
    static final int MAX = 400;
    static final int MIN = 50;

    private final Image image;
    private final Span level = new Span();
    private int zoom = FIT;

    PageZoomDialog(DownloadHandler page, String title) {
        setId("desk-zoom-dialog");
        addClassName("desk-zoom-dialog");
        // the document's name can be a whole sentence: a small header keeps the page large
        Span heading = new Span(title);
        heading.addClassName("desk-zoom-title");
        getHeader().add(heading);
        getElement().setAttribute("aria-label", title);
        setWidth("92vw");
        setHeight("92vh");
        setCloseOnEsc(true);
        image = new Image(page, title);
        image.setId("desk-zoom-image");
        image.addClassName("desk-zoom-image");
        Div scroller = new Div(image);
        scroller.addClassName("desk-zoom-scroller");
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("aria-label", title);
        add(scroller);

        Button in = button("desk-zoom-in", "desk.zoom.in", VaadinIcon.SEARCH_PLUS, () -> zoomTo(zoom + STEP));
        Button out = button("desk-zoom-out", "desk.zoom.out", VaadinIcon.SEARCH_MINUS, () -> zoomTo(zoom - STEP));
        Button fit = button("desk-zoom-fit", "desk.zoom.fit", VaadinIcon.EXPAND_SQUARE, () -> zoomTo(FIT));
        Button close = new Button(getTranslation("desk.zoom.close"), e -> close());
        close.setId("desk-zoom-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        level.setId("desk-zoom-level");
        level.getElement().setAttribute("aria-live", "polite");
        getHeader().add(level);
        getFooter().add(out, fit, in, close);
        // keys for a desk keyboard, only while the dialog is open
        Shortcuts.addShortcutListener(this, () -> zoomTo(zoom + STEP), Key.of("+")).listenOn(this);
        Shortcuts.addShortcutListener(this, () -> zoomTo(zoom + STEP), Key.EQUAL).listenOn(this);
        Shortcuts.addShortcutListener(this, () -> zoomTo(zoom - STEP), Key.of("-")).listenOn(this);
        Shortcuts.addShortcutListener(this, () -> zoomTo(FIT), Key.DIGIT_0).listenOn(this);
        Shortcuts.addShortcutListener(this, () -> zoomTo(FIT), Key.DIGIT_0, KeyModifier.CONTROL).listenOn(this);
        zoomTo(FIT);
    }

    private Button button(String id, String key, VaadinIcon icon, Runnable action) {
        Button button = new Button(getTranslation(key), icon.create(), e -> action.run());
        button.setId(id);
        return button;
    }

    void zoomTo(int percent) {
        zoom = Math.max(MIN, Math.min(MAX, percent));
        // at 100 % the page fits the dialog's width and height; beyond it grows and the scroller scrolls
        if (zoom == FIT) {
            image.getStyle().set("width", null).set("max-width", "100%").set("max-height", "100%");
        } else {
            image.getStyle().set("width", zoom + "%").set("max-width", "none").set("max-height", "none");
        }
        level.setText(getTranslation("desk.zoom.level", zoom));
    }

    int zoom() {
        return zoom;
    }
}
