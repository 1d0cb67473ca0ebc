package vn.dvc.kiosk.advisor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import vn.dvc.kiosk.dossier.AssistedDossier;
import vn.dvc.kiosk.dossier.Dossiers;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.shared.security.CurrentStaff;
import vn.dvc.kiosk.shared.security.StaffRole;
import vn.dvc.kiosk.shared.ui.PageTitles;
import vn.dvc.kiosk.shared.ui.StaffLayout;

/**
 * "Hồ sơ tôi đã giúp" ({@code tu-van/ho-so}): the dossiers this advisor helped file, newest first, as big rows a
 * finger can open (a grid's small cells suit a desk, not a tablet). Only theirs: the query is by their sign-in name.
 */
@Route(value = HelpedDossiersView.ROUTE, layout = StaffLayout.class)
@RolesAllowed(StaffRole.Names.ADVISOR)
@StyleSheet("/css/advisor.css")
class HelpedDossiersView extends Div implements HasDynamicTitle {

    static final String ROUTE = "tu-van/ho-so";
    private static final int PAGE_SIZE = 20;

    private final Dossiers dossiers;
    private final String username;
    private final UnorderedList list = new UnorderedList();
    private final Button more = new Button();
    private int page;

    HelpedDossiersView(Dossiers dossiers, CurrentStaff staff) {
        this.dossiers = dossiers;
        this.username = staff.require().username();
        addClassName("advisor-dossiers");
        Anchor back = new Anchor(AdvisorHomeView.ROUTE, getTranslation("advisor.back"));
        back.getElement().setAttribute("router-link", "");
        back.addClassName("advisor-back");
        list.addClassName("advisor-dossier-list");
        list.setId("advisor-dossier-list");
        more.setText(getTranslation("advisor.dossiers.more"));
        more.setId("advisor-dossiers-more");
        more.addClassName("advisor-more");
        more.addClickListener(e -> showPage(page + 1));
        add(back, new H1(getTranslation("advisor.menu.dossiers")), list, more);
        showPage(0);
        if (list.getChildren().findAny().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("advisor.dossiers.none"));
            none.setId("advisor-dossiers-none");
            addComponentAtIndex(2, none);
        }
    }

    private void showPage(int number) {
        page = number;
        Slice<AssistedDossier> slice = dossiers.assistedBy(username, PageRequest.of(number, PAGE_SIZE));
        slice.forEach(dossier -> list.add(row(dossier)));
        more.setVisible(slice.hasNext());
    }

    private ListItem row(AssistedDossier dossier) {
        Anchor open = new Anchor(HelpedDossierView.ROUTE_PREFIX + dossier.code());
        open.getElement().setAttribute("router-link", "");
        open.addClassName("advisor-dossier");
        Span name = new Span(dossier.applicantFullName());
        name.addClassName("advisor-dossier-name");
        Span procedure = new Span(dossier.procedureName());
        procedure.addClassName("advisor-dossier-procedure");
        Span facts = new Span(dossier.code() + " · " + getTranslation("advisor.dossiers.filed",
                KioskLocales.dayAndTime(dossier.receivedAt())));
        facts.addClassName("advisor-dossier-facts");
        Span status = new Span(getTranslation("status." + dossier.status().name()));
        status.addClassName("advisor-status");
        status.addClassName("advisor-status-" + dossier.status().residentStep().name().toLowerCase());
        open.add(name, procedure, facts, status);
        ListItem item = new ListItem(open);
        item.setId("advisor-dossier-" + dossier.code());
        return item;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("advisor.menu.dossiers"));
    }
}
