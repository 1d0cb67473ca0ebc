package vn.dvc.kiosk.filing.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import vn.dvc.kiosk.catalog.Catalog;
import vn.dvc.kiosk.catalog.Procedure;
import vn.dvc.kiosk.filing.FilingDraft;
import vn.dvc.kiosk.filing.FilingDrafts;
import vn.dvc.kiosk.identity.CitizenIdCard;
import vn.dvc.kiosk.identity.ResidentIdentity;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.shared.ui.PageTitles;

/**
 * A step of filing a procedure ({@code nop-ho-so/:code/...}): it needs the procedure, a resident identified from
 * their card, and this visit's draft. Without an identified resident the journey starts at the card.
 */
abstract class FilingScreen extends Div implements BeforeEnterObserver, HasDynamicTitle {

    protected final Catalog catalog;
    protected final ResidentIdentity identity;
    protected final FilingDrafts drafts;
    private String title = "";

    FilingScreen(Catalog catalog, ResidentIdentity identity, FilingDrafts drafts) {
        this.catalog = catalog;
        this.identity = identity;
        this.drafts = drafts;
        addClassName("filing-view");
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get("code").orElse("");
        Procedure procedure = catalog.offeredProcedure(code).filter(p -> p.getOnlineMode().canFileOnline())
                .orElse(null);
        if (procedure == null) {
            event.forwardTo("");
            return;
        }
        CitizenIdCard card = identity.confirmed().orElse(null);
        if (card == null) {
            event.forwardTo("dinh-danh", QueryParameters.of("thu-tuc", code));
            return;
        }
        title = procedure.name(KioskLocales.isEnglish(getLocale()));
        show(procedure, card, drafts.forProcedure(code), event);
    }

    protected abstract void show(Procedure procedure, CitizenIdCard card, FilingDraft draft, BeforeEnterEvent event);

    /**
     * The step number in the address ({@code :n}, from 1); 1 when it is missing or not a number, so an edited or
     * mistyped address opens the first step rather than an error page.
     */
    static int stepNumber(BeforeEnterEvent event) {
        String n = event.getRouteParameters().get("n").orElse("");
        return n.matches("[0-9]{1,6}") ? Math.max(1, Integer.parseInt(n)) : 1;
    }

    /** Opened with {@code ?sua=1} from the review's "Change": Next goes straight back to the review. */
    static boolean returnsToReview(BeforeEnterEvent event) {
        return event.getLocation().getQueryParameters().getSingleParameter("sua").isPresent();
    }

    static String route(Procedure procedure, String step) {
        return "nop-ho-so/" + procedure.getCode() + "/" + step;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, title);
    }
}
