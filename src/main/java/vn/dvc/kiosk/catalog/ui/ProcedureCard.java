package vn.dvc.kiosk.catalog.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import vn.dvc.kiosk.catalog.Procedure;
import vn.dvc.kiosk.shared.i18n.KioskLocales;

/** A procedure as a large touch card: name, how online it is, time and fee; the whole card opens it. */
class ProcedureCard extends RouterLink {

    ProcedureCard(Procedure procedure, LocalDate today) {
        super(ProcedureView.class, new RouteParameters("code", procedure.getCode()));
        addClassName("procedure-card");
        boolean english = KioskLocales.isEnglish(getLocale());
        Span name = new Span(procedure.name(english));
        name.addClassName("procedure-card-name");
        Span mode = OnlineModeBadge.of(this, procedure.getOnlineMode());
        Span time = new Span(VaadinIcon.CLOCK.create(),
                new Span(getTranslation("card.time", ProcedureTexts.time(this, procedure.getProcessingTime()))));
        Span fee = new Span(VaadinIcon.MONEY.create(),
                new Span(getTranslation("card.fee", ProcedureTexts.fee(this, getLocale(), procedure.getFee(), today))));
        Div facts = new Div(mode, time, fee);
        facts.addClassName("procedure-card-facts");
        Span open = new Span(VaadinIcon.CHEVRON_RIGHT.create());
        open.addClassName("procedure-card-open");
        open.getElement().setAttribute("aria-hidden", "true");
        Div body = new Div(name, facts);
        body.addClassName("procedure-card-body");
        add(body, open);
    }
}
