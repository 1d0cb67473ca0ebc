package vn.dvc.kiosk.identity.ui;

import java.util.Optional;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;

/**
 * What the identification screens pass along: the procedure the resident is identifying for ({@code thu-tuc}),
 * so that "Back" and "Continue" lead back to it.
 */
final class IdentityFlow {

    static final String PROCEDURE = "thu-tuc";

    private IdentityFlow() {
    }

    static Optional<String> procedure(BeforeEnterEvent event) {
        return event.getLocation().getQueryParameters().getSingleParameter(PROCEDURE)
                .filter(code -> code.matches("[0-9.]{1,40}"));
    }

    static Optional<String> procedure(QueryParameters carried) {
        return carried.getSingleParameter(PROCEDURE);
    }

    static QueryParameters carried(BeforeEnterEvent event) {
        return procedure(event).map(code -> QueryParameters.of(PROCEDURE, code)).orElse(QueryParameters.empty());
    }

    /** The procedure page when identifying for one, else home. */
    static String backTarget(BeforeEnterEvent event) {
        return procedure(event).map(code -> "thu-tuc/" + code).orElse(".");
    }

    static String withCarried(String route, QueryParameters carried) {
        String query = carried.getQueryString();
        return query.isEmpty() ? route : route + "?" + query;
    }
}
