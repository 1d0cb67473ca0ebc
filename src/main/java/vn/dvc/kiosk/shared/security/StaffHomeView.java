package vn.dvc.kiosk.shared.security;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.dvc.kiosk.shared.ui.PageTitles;
import vn.dvc.kiosk.shared.ui.StaffLayout;

/** Where staff land after signing in: the screens their role may open. */
@Route(value = StaffHomeView.ROUTE, layout = StaffLayout.class)
@PermitAll
class StaffHomeView extends Div implements HasDynamicTitle {

    static final String ROUTE = "lam-viec";

    StaffHomeView(CurrentStaff staff, List<StaffMenuEntry> entries) {
        addClassName("staff-home");
        StaffMember member = staff.require();
        add(new H1(getTranslation("staff.workspace.heading", member.displayName())));
        List<StaffMenuEntry> visible = entries.stream().filter(entry -> entry.visibleTo(member))
                .sorted(Comparator.comparingInt(StaffMenuEntry::order)).toList();
        if (visible.isEmpty()) {
            add(new Paragraph(getTranslation("staff.workspace.nothing")));
        }
        Div tiles = new Div();
        tiles.addClassName("staff-tiles");
        for (StaffMenuEntry entry : visible) {
            Anchor tile = new Anchor(entry.route());
            tile.getElement().setAttribute("router-link", "");
            tile.addClassName("staff-tile");
            Span title = new Span(getTranslation(entry.titleKey()));
            title.addClassName("staff-tile-title");
            Span description = new Span(getTranslation(entry.descriptionKey()));
            description.addClassName("staff-tile-description");
            tile.add(title, description);
            tiles.add(tile);
        }
        add(tiles);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("staff.workspace"));
    }
}
