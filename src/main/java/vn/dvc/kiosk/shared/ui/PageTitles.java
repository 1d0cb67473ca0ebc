package vn.dvc.kiosk.shared.ui;

import com.vaadin.flow.component.Component;

/** Browser tab titles: "what this screen is – app name", read first by screen readers. */
public final class PageTitles {

    private PageTitles() {
    }

    public static String of(Component screen, String title) {
        String app = screen.getTranslation("app.title");
        return title == null || title.isBlank() ? app : title + " – " + app;
    }
}
