package vn.dvc.kiosk.backoffice.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import vn.dvc.kiosk.dossier.DeclaredAnswer;
import vn.dvc.kiosk.dossier.DossierDetail;
import vn.dvc.kiosk.dossier.HistoryEntry;
import vn.dvc.kiosk.shared.i18n.KioskLocales;

/** The read-only parts of the dossier screen: plain HTML lists and tables, which screen readers read well. */
final class DossierSections {

    private DossierSections() {
    }

    static Div summary(Component screen, DossierDetail d, Clock clock) {
        DescriptionList facts = new DescriptionList();
        facts.setId("desk-summary");
        facts.addClassName("desk-facts");
        fact(screen, facts, "status", DeskLabels.badge(DeskLabels.status(screen, d.status()),
                DeskLabels.statusKind(d.status())));
        fact(screen, facts, "procedure", d.procedureName() + " (" + d.procedureCode() + ")");
        fact(screen, facts, "applicant", d.applicantFullName() + " · " + d.applicantIdNumber());
        fact(screen, facts, "contact", join(d.contactPhone(), d.contactEmail()));
        fact(screen, facts, "received", DeskLabels.time(d.receivedAt(), clock) + " · "
                + screen.getTranslation("desk.channel." + d.channel().name()));
        fact(screen, facts, "appointment", DeskLabels.day(d.appointmentDate())
                + (d.pausedSince() != null ? " · " + screen.getTranslation("desk.dossier.paused",
                        DeskLabels.day(d.pausedSince())) : ""));
        fact(screen, facts, "timeliness", DeskLabels.timeliness(screen, d.timeliness()));
        fact(screen, facts, "delivery", screen.getTranslation("desk.delivery." + d.resultDelivery().name())
                + (d.deliveryAddress() == null || d.deliveryAddress().isBlank() ? "" : " · " + d.deliveryAddress()));
        if (d.assistedBy() != null && !d.assistedBy().isBlank()) {
            fact(screen, facts, "assistedBy", d.assistedBy());
        }
        Div summary = new Div(facts);
        summary.addClassName("desk-summary");
        return summary;
    }

    static Component answers(Component screen, DossierDetail d) {
        if (d.answers().isEmpty()) {
            return new Paragraph(screen.getTranslation("desk.dossier.noAnswers"));
        }
        DescriptionList list = new DescriptionList();
        list.setId("desk-answers");
        list.addClassName("desk-facts");
        for (DeclaredAnswer answer : d.answers()) {
            list.add(new DescriptionList.Term(answer.label()), new DescriptionList.Description(
                    answer.value() == null || answer.value().isBlank() ? "–" : answer.value()));
        }
        return list;
    }

    static Component fee(Component screen, DossierDetail d, Component resultLink) {
        DescriptionList list = new DescriptionList();
        list.setId("desk-fee");
        list.addClassName("desk-facts");
        fact(screen, list, "feeAmount", d.feeVnd() == null || d.feeVnd() == 0
                ? screen.getTranslation("desk.fee.free")
                : screen.getTranslation("desk.fee.amount", KioskLocales.money(d.feeVnd(), com.vaadin.flow.component.UI.getCurrent() == null ? KioskLocales.VIETNAMESE : com.vaadin.flow.component.UI.getCurrent().getLocale())));
        fact(screen, list, "feeStatus", DeskLabels.fee(screen, d.feeStatus()));
        Div fee = new Div(list);
        if (resultLink != null) {
            fee.add(new Paragraph(resultLink));
        }
        return fee;
    }

    static Component history(Component screen, DossierDetail d, Clock clock) {
        NativeTableRow head = new NativeTableRow();
        for (String column : List.of("when", "who", "from", "to", "why")) {
            head.add(new NativeTableHeaderCell(screen.getTranslation("desk.history." + column)));
        }
        NativeTableBody body = new NativeTableBody();
        // newest first: what just happened is what the officer looks for
        for (HistoryEntry entry : d.history().reversed()) {
            body.add(new NativeTableRow(new NativeTableCell(DeskLabels.time(entry.changedAt(), clock)),
                    new NativeTableCell(entry.changedBy()),
                    new NativeTableCell(entry.from() == null ? "–" : DeskLabels.status(screen, entry.from())),
                    new NativeTableCell(DeskLabels.status(screen, entry.to())),
                    new NativeTableCell(reason(screen, entry))));
        }
        NativeTable table = new NativeTable(new NativeTableHeader(head), body);
        table.setId("desk-history");
        table.addClassName("desk-table");
        Div scroll = new Div(table);
        scroll.addClassName("desk-table-scroll");
        return scroll;
    }

    /** A returned result's reason is stored as "POSTAL EMS123…" (DossierProcessing.returnResult): said in words. */
    static String reason(Component screen, HistoryEntry entry) {
        String reason = entry.reason();
        if (reason == null || reason.isBlank()) {
            return "–";
        }
        if (entry.to() == vn.dvc.kiosk.dossier.DossierStatus.RESULT_RETURNED) {
            String[] parts = reason.strip().split(" ", 2);
            for (vn.dvc.kiosk.dossier.ResultDelivery how : vn.dvc.kiosk.dossier.ResultDelivery.values()) {
                if (how.name().equals(parts[0])) {
                    String words = screen.getTranslation("desk.delivery." + how.name());
                    return parts.length > 1 ? screen.getTranslation("desk.history.tracking", words, parts[1]) : words;
                }
            }
        }
        return reason;
    }

    private static void fact(Component screen, DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(screen.getTranslation("desk.dossier.fact." + key)),
                new DescriptionList.Description(value == null || value.isBlank() ? "–" : value));
    }

    private static void fact(Component screen, DescriptionList list, String key, Component value) {
        list.add(new DescriptionList.Term(screen.getTranslation("desk.dossier.fact." + key)),
                new DescriptionList.Description(value));
    }

    private static String join(String a, String b) {
        String left = a == null ? "" : a.strip();
        String right = b == null ? "" : b.strip();
        return left.isEmpty() ? right : right.isEmpty() ? left : left + " · " + right;
    }
}
