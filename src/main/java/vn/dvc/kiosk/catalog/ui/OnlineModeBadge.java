package vn.dvc.kiosk.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.dvc.kiosk.catalog.OnlineMode;

/** FULL / PARTIAL / counter only, with an icon and a colour that do not rely on colour alone. */
final class OnlineModeBadge {

    private OnlineModeBadge() {
    }

    static Span of(Component screen, OnlineMode mode) {
        VaadinIcon icon = switch (mode) {
            case FULL -> VaadinIcon.CHECK_CIRCLE;
            case PARTIAL -> VaadinIcon.ADJUST;
            case NONE -> VaadinIcon.INSTITUTION;
        };
        Span badge = new Span(icon.create(), new Span(screen.getTranslation("online." + mode.name())));
        badge.addClassNames("online-badge", "online-" + mode.name().toLowerCase());
        return badge;
    }
}
