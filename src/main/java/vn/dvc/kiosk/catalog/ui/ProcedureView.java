package vn.dvc.kiosk.catalog.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.dvc.kiosk.catalog.Catalog;
import vn.dvc.kiosk.catalog.Confidence;
import vn.dvc.kiosk.catalog.Fee;
import vn.dvc.kiosk.catalog.OnlineMode;
import vn.dvc.kiosk.catalog.Procedure;
import vn.dvc.kiosk.catalog.RequiredDocument;
import vn.dvc.kiosk.catalog.ResultChannel;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.shared.ui.BackLink;
import vn.dvc.kiosk.shared.ui.KioskLayout;
import vn.dvc.kiosk.shared.ui.PageTitles;
import vn.dvc.kiosk.shared.ui.ReadAloudButton;

/** One procedure, in plain words: what you get, what to bring, what it costs, how long, where the result comes. */
@Route(value = "thu-tuc/:code", layout = KioskLayout.class)
@AnonymousAllowed
class ProcedureView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Catalog catalog;
    private final Clock clock;
    private String title = "";

    ProcedureView(Catalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
        addClassName("procedure-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get("code").orElse("");
        Procedure procedure = catalog.offeredProcedure(code).orElse(null);
        if (procedure == null) {
            add(new BackLink(), new Paragraph(getTranslation("procedure.unknown")));
            return;
        }
        show(procedure);
    }

    private void show(Procedure procedure) {
        boolean english = KioskLocales.isEnglish(getLocale());
        LocalDate today = LocalDate.now(clock);
        LifeEventPicture picture = LifeEventPicture.of(procedure.getLifeEvent());
        title = procedure.name(english);

        H1 name = new H1(title);
        name.setId("procedure-name");
        Paragraph purpose = new Paragraph(getTranslation("procedure.purpose",
                english ? procedure.getResultEn() : procedure.getResultVi()));
        purpose.addClassName("procedure-purpose");
        Div summary = new Div(name, purpose);
        summary.setId("procedure-summary");
        Div head = new Div(summary, new ReadAloudButton("procedure-read"));
        head.addClassNames("view-heading", "procedure-heading", picture.colourClass());

        Div facts = new Div(feeFact(procedure.getFee(), today), timeFact(procedure),
                onlineFact(procedure), channelsFact(procedure));
        facts.addClassName("procedure-facts");

        Div readable = new Div(head, facts, documents(procedure, english));
        readable.setId("procedure-read");
        add(new BackLink("viec/" + picture.slug()), readable);
        if (procedure.getOnlineMode().canFileOnline()) {
            add(startButton(procedure));
        }
        if (procedure.getConfidence() == Confidence.LOW) {
            Paragraph caution = new Paragraph(VaadinIcon.WARNING.create(),
                    new Span(getTranslation("procedure.confidence.low")));
            caution.addClassName("procedure-caution");
            add(caution);
        }
        Paragraph code = new Paragraph(getTranslation("procedure.code", procedure.getCode()) + " · "
                + getTranslation("procedure.agency") + ": " + procedure.getAgencyVi());
        code.addClassName("procedure-code");
        add(code);
    }

    /** Filing starts by identifying the resident from their ID card (the identity feature's screens). */
    private Anchor startButton(Procedure procedure) {
        Anchor start = new Anchor("dinh-danh?thu-tuc=" + procedure.getCode());
        start.getElement().setAttribute("router-link", "");
        start.add(VaadinIcon.ARROW_RIGHT.create(), new Span(getTranslation("procedure.start")));
        start.addClassName("start-button");
        start.setId("procedure-start");
        return start;
    }

    private Section documents(Procedure procedure, boolean english) {
        Section section = section(VaadinIcon.FOLDER_OPEN, "procedure.bring");
        section.setId("procedure-documents");
        if (procedure.getDocuments().isEmpty()) {
            section.add(new Paragraph(getTranslation("procedure.bring.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("document-list");
        for (RequiredDocument document : procedure.getDocuments()) {
            Span docName = new Span(english ? document.nameEn() : document.nameVi());
            docName.addClassName("document-name");
            Span form = new Span(getTranslation("form." + document.form().name()));
            form.addClassNames("document-form", "form-" + document.form().name().toLowerCase(Locale.ROOT));
            Div tags = new Div(form);
            tags.addClassName("document-tags");
            tags.add(new Span(getTranslation("procedure.document.quantity", document.quantity())));
            if (document.optional()) {
                Span optional = new Span(getTranslation("procedure.document.optional"));
                optional.addClassName("document-optional");
                tags.add(optional);
            }
            Icon icon = DocumentPictures.pictureFor(document).create();
            icon.addClassName("document-picture");
            icon.getElement().setAttribute("aria-hidden", "true");
            ListItem item = new ListItem(icon, new Div(docName, tags));
            item.addClassName("document-item");
            if (document.optional()) {
                item.addClassName("optional");
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Section feeFact(Fee fee, LocalDate today) {
        Section section = section(VaadinIcon.MONEY, "procedure.fee");
        section.setId("procedure-fee");
        Paragraph main = new Paragraph(ProcedureTexts.fee(this, getLocale(), fee, today));
        main.addClassName("fact-main");
        section.add(main);
        if (fee.reducedAmountVnd() != null && fee.reducedUntil() != null && !today.isAfter(fee.reducedUntil())) {
            section.add(new Paragraph(getTranslation("fee.amount.reduced",
                    KioskLocales.money(fee.reducedAmountVnd(), getLocale()), KioskLocales.day(fee.reducedUntil()))));
        } else if (fee.onlineAmountVnd() != null && fee.amountVnd() != null && fee.onlineAmountVnd() < fee.amountVnd()) {
            section.add(new Paragraph(getTranslation("fee.amount.counter",
                    KioskLocales.money(fee.amountVnd(), getLocale()))));
        }
        if (fee.copyFeeVnd() != null) {
            section.add(new Paragraph(getTranslation("fee.amount.copy", KioskLocales.money(fee.copyFeeVnd(), getLocale()))));
        }
        String note = KioskLocales.isEnglish(getLocale()) ? fee.noteEn() : fee.noteVi();
        if (note != null && !note.isBlank()) {
            Paragraph detail = new Paragraph(note);
            detail.addClassName("fact-note");
            section.add(detail);
        }
        return section;
    }

    private Section timeFact(Procedure procedure) {
        Section section = section(VaadinIcon.CLOCK, "procedure.time");
        section.setId("procedure-time");
        Paragraph main = new Paragraph(ProcedureTexts.time(this, procedure.getProcessingTime()));
        main.addClassName("fact-main");
        Paragraph ready = new Paragraph(VaadinIcon.CALENDAR.create(), new Span(getTranslation("procedure.time.ready",
                KioskLocales.day(catalog.readyDateIfFiledNow(procedure)))));
        ready.addClassName("fact-ready");
        ready.setId("procedure-ready-date");
        section.add(main, ready);
        if (procedure.getProcessingTime().cutoff() != null) {
            section.add(new Paragraph(getTranslation("procedure.time.cutoff", procedure.getProcessingTime().cutoff())));
        }
        return section;
    }

    private Section channelsFact(Procedure procedure) {
        Section section = section(VaadinIcon.INBOX, "procedure.channels");
        section.setId("procedure-channels");
        UnorderedList list = new UnorderedList();
        list.addClassName("channel-list");
        for (ResultChannel channel : procedure.getResultChannels()) {
            VaadinIcon icon = switch (channel) {
                case COUNTER -> VaadinIcon.INSTITUTION;
                case POSTAL -> VaadinIcon.ENVELOPE;
                case ELECTRONIC -> VaadinIcon.MOBILE;
            };
            list.add(new ListItem(icon.create(), new Span(getTranslation("channel." + channel.name()))));
        }
        section.add(list);
        return section;
    }

    private Section onlineFact(Procedure procedure) {
        OnlineMode mode = procedure.getOnlineMode();
        Section section = section(VaadinIcon.LAPTOP, "procedure.online");
        section.setId("procedure-online");
        section.add(OnlineModeBadge.of(this, mode));
        section.add(new Paragraph(mode == OnlineMode.NONE
                ? getTranslation("online.NONE.help", procedure.getAgencyVi())
                : getTranslation("online." + mode.name() + ".help")));
        return section;
    }

    private Section section(VaadinIcon icon, String titleKey) {
        Icon picture = icon.create();
        picture.getElement().setAttribute("aria-hidden", "true");
        H2 heading = new H2(picture, new Span(getTranslation(titleKey)));
        Section section = new Section(heading);
        section.addClassName("fact");
        return section;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, title);
    }

}
