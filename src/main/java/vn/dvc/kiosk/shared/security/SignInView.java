package vn.dvc.kiosk.shared.security;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.dvc.kiosk.shared.ui.PageTitles;

/**
 * Staff sign-in (officers, advisors, leaders, admins). No resident screen links here: residents never sign in.
 * The form posts to Spring Security; a wrong name or password gets one message that does not say which was wrong.
 */
@Route(value = SignInView.ROUTE, autoLayout = false)
@AnonymousAllowed
@StyleSheet("/css/staff.css")
class SignInView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "dang-nhap";

    private final LoginForm form = new LoginForm();
    private final Paragraph signedOut = new Paragraph(getTranslation("signin.signedOut"));

    SignInView(CurrentStaff staff) {
        addClassName("staff-sign-in");
        form.setAction(ROUTE);
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        form.setId("sign-in-form");
        signedOut.setId("sign-in-signed-out");
        signedOut.setVisible(false);
        Paragraph who = new Paragraph(getTranslation("signin.who"));
        add(new H1(getTranslation("signin.heading")), who, signedOut, form);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("signin.title"));
        texts.setUsername(getTranslation("signin.username"));
        texts.setPassword(getTranslation("signin.password"));
        texts.setSubmit(getTranslation("signin.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("signin.error.title"));
        error.setMessage(getTranslation("signin.error.message"));
        error.setUsername(getTranslation("signin.error.username"));
        error.setPassword(getTranslation("signin.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        signedOut.setVisible(parameters.containsKey("signed-out"));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("signin.heading"));
    }
}
