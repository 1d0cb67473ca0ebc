package vn.dvc.kiosk.notification;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.dvc.kiosk.shared.security.StaffRole;
import vn.dvc.kiosk.shared.ui.StaffLayout;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The admin's view of the last messages (the built-in MAILBOX of the demo run, and every channel's delivery state).
 * Admins only; recipients are shown masked all the same (the page may be on a shared screen).
 */
@Route(value = MailboxView.ROUTE, layout = StaffLayout.class)
@RolesAllowed(StaffRole.Names.ADMIN)
class MailboxView extends Div implements HasDynamicTitle {

    static final String ROUTE = "quan-tri/hop-thu";
    static final int SHOWN = 100;

    MailboxView(JdbcTemplate jdbc) {
        add(new H1(getTranslation("notify.mailbox.title")));
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select id, channel, dossier_code, dossier_status, recipient, subject, body, status, attempts,
                    delivered_via, last_error, created_at, sent_at
                from notification_message order by id desc limit ?""", SHOWN);
        if (rows.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("notify.mailbox.none"));
            none.setId("mailbox-none");
            add(none);
            return;
        }
        for (Map<String, Object> row : rows) {
            Div message = new Div();
            message.addClassName("mailbox-message");
            message.getStyle().set("border-top", "1px solid #ccc").set("padding", "8px 0");
            message.add(new Paragraph("#" + row.get("id") + " · " + row.get("channel") + " → "
                    + mask((String) row.get("recipient")) + " · " + row.get("dossier_code") + " · "
                    + row.get("dossier_status") + " · " + row.get("status") + " (" + row.get("attempts") + ")"
                    + (row.get("delivered_via") == null ? "" : " via " + row.get("delivered_via"))
                    + (row.get("last_error") == null ? "" : " · " + row.get("last_error")) + " · "
                    + row.get("created_at")));
            if (row.get("subject") != null) {
                message.add(new Paragraph((String) row.get("subject")));
            }
            Pre body = new Pre((String) row.get("body"));
            // the page's own font: the system's monospace font lacks most stacked Vietnamese letters (ễ, ồ, ả)
            body.getStyle().set("font-family", "inherit").set("white-space", "pre-wrap");
            message.add(body);
            add(message);
        }
    }

    /** 0912345678 → 09******78; an e-mail keeps its first letter and domain. */
    static String mask(String recipient) {
        if (recipient == null || recipient.length() < 5) {
            return "***";
        }
        int at = recipient.indexOf('@');
        if (at > 0) {
            return recipient.charAt(0) + "***" + recipient.substring(at);
        }
        return recipient.substring(0, 2) + "*".repeat(recipient.length() - 4)
                + recipient.substring(recipient.length() - 2);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notify.mailbox.title");
    }
}
