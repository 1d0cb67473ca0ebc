package vn.dvc.kiosk.shared.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import jakarta.annotation.security.PermitAll;
import vn.dvc.kiosk.shared.security.CurrentStaff;
import vn.dvc.kiosk.shared.security.StaffMember;

/**
 * The frame of every staff screen (officers, advisors, leaders, admins): who is signed in, the way back to the
 * workspace and signing out. Denser than the kiosk's frame (a desk has a mouse and a keyboard), still ≥ 44 px
 * targets and 18 px text.
 */
@PermitAll
@StyleSheet("/css/staff.css")
@StyleSheet("/css/connection.css")
public class StaffLayout extends Div implements RouterLayout {

    private final Main content = new Main();

    public StaffLayout(CurrentStaff staff) {
        addClassName("staff-layout");
        Header header = new Header();
        header.addClassName("staff-header");
        Anchor workspace = new Anchor("lam-viec", getTranslation("staff.workspace"));
        workspace.getElement().setAttribute("router-link", "");
        workspace.addClassName("staff-workspace-link");
        workspace.setId("staff-workspace");
        Span who = new Span(staff.get().map(this::describe).orElse(""));
        who.addClassName("staff-who");
        who.setId("staff-who");
        Button signOut = new Button(getTranslation("staff.signOut"), e -> staff.signOut());
        signOut.setId("staff-sign-out");
        signOut.addClassName("staff-sign-out");
        header.add(workspace, who, signOut);
        content.addClassName("staff-content");
        add(header, content, new ConnectionWatch());
    }

    private String describe(StaffMember member) {
        String role = getTranslation("staff.role." + member.role().name());
        String unit = member.unitCode() != null ? " · " + member.unitCode()
                : member.groupCode() != null ? " · " + member.groupCode() : "";
        return member.displayName() + " · " + role + unit;
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        content.getElement().appendChild(view.getElement());
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        content.getElement().removeChild(oldContent.getElement());
    }
}
