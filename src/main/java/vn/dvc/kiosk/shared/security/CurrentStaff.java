package vn.dvc.kiosk.shared.security;

import java.util.Optional;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/** The staff member signed in to this browser session, for the desk's views; empty for residents. */
@Component
public class CurrentStaff {

    private final AuthenticationContext authentication;

    CurrentStaff(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Optional<StaffMember> get() {
        return authentication.getAuthenticatedUser(SignedInStaff.class).map(SignedInStaff::member);
    }

    /** The signed-in member; views guarded by {@code @RolesAllowed} can rely on there being one. */
    public StaffMember require() {
        return get().orElseThrow(() -> new IllegalStateException("No staff member is signed in"));
    }

    /** Ends the sign-in: the session is invalidated and the browser goes to the sign-in page. */
    public void signOut() {
        authentication.logout();
    }
}
