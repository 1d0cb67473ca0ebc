package vn.dvc.kiosk.shared.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a staff sign-in that has lasted longer than {@link SecurityProperties#absoluteTimeout()}, however active: the
 * session is invalidated and the next request asks for the password again (OWASP's absolute timeout). Residents'
 * sessions are not touched: they have no sign-in, and the kiosk's idle guard ends their visits.
 */
final class AbsoluteSessionTimeout extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = AbsoluteSessionTimeout.class.getName() + ".signedInAt";
    private static final Logger log = LoggerFactory.getLogger(AbsoluteSessionTimeout.class);

    private final SecurityProperties properties;
    private final Clock clock;

    AbsoluteSessionTimeout(SecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && authentication != null && authentication.getPrincipal() instanceof SignedInStaff) {
            Instant now = clock.instant();
            Object signedInAt = session.getAttribute(SIGNED_IN_AT);
            if (signedInAt == null) {
                session.setAttribute(SIGNED_IN_AT, now);
            } else if (((Instant) signedInAt).plus(properties.absoluteTimeout()).isBefore(now)) {
                log.info("A staff session reached its absolute timeout of {} and was ended",
                        properties.absoluteTimeout());
                session.invalidate();
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/" + SignInView.ROUTE);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
