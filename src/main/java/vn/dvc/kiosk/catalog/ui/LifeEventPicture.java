package vn.dvc.kiosk.catalog.ui;

import java.util.Arrays;
import java.util.Optional;

import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.dvc.kiosk.catalog.LifeEvent;

/** How a life event looks on screen: a picture, a colour and a readable URL slug. */
enum LifeEventPicture {
    BIRTH(LifeEvent.BIRTH, VaadinIcon.CHILD, "khai-sinh"),
    MARRIAGE(LifeEvent.MARRIAGE, VaadinIcon.HEART, "ket-hon"),
    DEATH(LifeEvent.DEATH, VaadinIcon.SUN_DOWN, "khai-tu"),
    RESIDENCE(LifeEvent.RESIDENCE, VaadinIcon.HOME, "cu-tru"),
    CERTIFICATION(LifeEvent.CERTIFICATION, VaadinIcon.COPY, "chung-thuc"),
    BUSINESS(LifeEvent.BUSINESS, VaadinIcon.SHOP, "kinh-doanh"),
    LAND_CONSTRUCTION(LifeEvent.LAND_CONSTRUCTION, VaadinIcon.BUILDING, "dat-dai-xay-dung"),
    SOCIAL_SUPPORT(LifeEvent.SOCIAL_SUPPORT, VaadinIcon.HANDSHAKE, "tro-giup-xa-hoi"),
    JUSTICE(LifeEvent.JUSTICE, VaadinIcon.SCALE, "ly-lich-tu-phap"),
    IDENTITY(LifeEvent.IDENTITY, VaadinIcon.USER_CARD, "can-cuoc");

    private final LifeEvent event;
    private final VaadinIcon icon;
    private final String slug;

    LifeEventPicture(LifeEvent event, VaadinIcon icon, String slug) {
        this.event = event;
        this.icon = icon;
        this.slug = slug;
    }

    static LifeEventPicture of(LifeEvent event) {
        return valueOf(event.name());
    }

    static Optional<LifeEventPicture> bySlug(String slug) {
        return Arrays.stream(values()).filter(p -> p.slug.equals(slug)).findFirst();
    }

    LifeEvent event() {
        return event;
    }

    String slug() {
        return slug;
    }

    Icon picture() {
        Icon picture = icon.create();
        picture.addClassName("life-event-picture");
        picture.getElement().setAttribute("aria-hidden", "true");
        return picture;
    }

    /** CSS class giving the tile its colour. */
    String colourClass() {
        return "event-" + slug;
    }
}
