package vn.dvc.kiosk.shared.ui;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Invalidates the session of an ended visit when the browser loads its next page, before anything else reads it:
 * that page, the attract screen, starts a new session with a new id.
 * <p>
 * Why not at once, in {@link Visits#end}: an invalidated session makes Flow's client reload the page it is on, and
 * that reload races the browser's own wipe and its way home; it has been seen to win, drawing the resident's last
 * screen again (a receipt became its tracking page). Until the next page the old screen may still talk to the old
 * session, which {@code VisitEnded} has already emptied.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class EndedVisitSessions extends OncePerRequestFilter {

    private static final String ENDED = EndedVisitSessions.class.getName() + ".ended";

    /** Marks this session to be ended with the browser's next page load. */
    static void endWithTheNextPage(WrappedSession session) {
        session.setAttribute(ENDED, Boolean.TRUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && isPageLoad(request)) {
            try {
                if (session.getAttribute(ENDED) != null) {
                    session.invalidate();
                }
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile by a timeout: nothing left to do
            }
        }
        chain.doFilter(request, response);
    }

    /** A document the browser navigates to, not one of Flow's own requests nor a picture or script. */
    private static boolean isPageLoad(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getParameter("v-r") != null) {
            return false;
        }
        String destination = request.getHeader("Sec-Fetch-Dest");
        if (destination != null) {
            return destination.equals("document");
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }
}
