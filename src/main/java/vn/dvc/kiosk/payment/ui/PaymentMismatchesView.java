package vn.dvc.kiosk.payment.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.dvc.kiosk.shared.security.StaffRole;
import vn.dvc.kiosk.shared.ui.StaffLayout;
import vn.dvc.kiosk.payment.PaymentMismatch;
import vn.dvc.kiosk.payment.PaymentMismatches;
import vn.dvc.kiosk.shared.i18n.KioskLocales;
import vn.dvc.kiosk.shared.ui.PageTitles;

/**
 * The officers' payment reconciliation report (read only): what {@link PaymentMismatches} finds in the last
 * {@value #DAYS} days. Officers and admins only.
 */
@Route(value = PaymentMismatchesView.ROUTE, layout = StaffLayout.class)
@RolesAllowed({StaffRole.Names.OFFICER, StaffRole.Names.ADMIN})
class PaymentMismatchesView extends Div implements HasDynamicTitle {

    static final String ROUTE = "can-bo/doi-soat-thanh-toan";
    static final int DAYS = 30;

    PaymentMismatchesView(PaymentMismatches mismatches, Clock clock) {
        addClassName("payment-mismatches");
        Paragraph scope = new Paragraph(getTranslation("mismatch.scope", DAYS));
        scope.addClassName("fact-note");
        add(new H1(getTranslation("mismatch.title")), scope);

        List<PaymentMismatch> found = mismatches.list(DAYS);
        if (found.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("mismatch.none"));
            none.setId("mismatch-none");
            add(none);
            return;
        }
        NativeTableRow head = new NativeTableRow();
        for (String column : List.of("kind", "at", "order", "dossier", "method", "status", "amount", "notified",
                "transaction", "detail")) {
            head.add(new NativeTableHeaderCell(getTranslation("mismatch.column." + column)));
        }
        NativeTableBody body = new NativeTableBody();
        for (PaymentMismatch mismatch : found) {
            NativeTableRow row = new NativeTableRow();
            row.add(cell(getTranslation("mismatch.kind." + mismatch.kind().name())),
                    cell(KioskLocales.dayAndTime(LocalDateTime.ofInstant(mismatch.at(), clock.getZone()))),
                    cell(mismatch.orderRef()), cell(mismatch.dossierCode()),
                    cell(mismatch.method() == null ? null : getTranslation("payment.method." + mismatch.method())),
                    cell(mismatch.status() == null ? null : getTranslation("payment.status." + mismatch.status())),
                    cell(mismatch.amountVnd() == null ? null : KioskLocales.money(mismatch.amountVnd(), getLocale())),
                    cell(mismatch.notifiedAmountVnd() == null ? null
                            : KioskLocales.money(mismatch.notifiedAmountVnd().longValue(), getLocale())),
                    cell(mismatch.transactionNo()), cell(mismatch.detail()));
            row.addClassName("mismatch-" + mismatch.kind().name().toLowerCase(java.util.Locale.ROOT));
            body.add(row);
        }
        NativeTable table = new NativeTable(new NativeTableHeader(head), body);
        table.setId("mismatch-table");
        table.getStyle().set("border-collapse", "collapse").set("font-size", "18px");
        add(table);
    }

    private static NativeTableCell cell(String text) {
        NativeTableCell cell = new NativeTableCell(text == null ? "–" : text);
        cell.getStyle().set("border", "1px solid #ccc").set("padding", "6px 10px").set("vertical-align", "top");
        return cell;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("mismatch.title"));
    }
}
