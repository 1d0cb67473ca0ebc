package vn.dvc.kiosk.shared.web;

import java.io.IOException;
import java.util.Arrays;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How a kiosk's browser tells a server that is not the kiosk (the province's) that it is a locked touch screen: the
 * launcher opens the app at {@code /?man-hinh=kiosk}, and this remembers it in an HttpOnly cookie for as long as the
 * browser runs. HttpOnly, because the end of every visit empties every cookie the page can read; the browser's
 * in-memory profile goes when it restarts, and the launcher's address sets it again. Anyone can send the marker: all it
 * does is hide links that lead out of the app.
 */
@Component
public class KioskScreenCookie extends OncePerRequestFilter {

    public static final String PARAMETER = "man-hinh";
    public static final String VALUE = "kiosk";
    static final String NAME = "DVC_KIOSK_SCREEN";

    /** Whether the request being served came from a browser that said it is a kiosk's touch screen. */
    public static boolean sentWithTheCurrentRequest() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request != null && request.getCookies() != null
                && Arrays.stream(request.getCookies()).anyMatch(KioskScreenCookie::isMarker);
    }

    private static boolean isMarker(Cookie cookie) {
        return NAME.equals(cookie.getName()) && VALUE.equals(cookie.getValue());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // only a page the browser opens carries it; reading a POST's parameters would read its body
        if ("GET".equals(request.getMethod()) && VALUE.equals(request.getParameter(PARAMETER))
                && (request.getCookies() == null
                || Arrays.stream(request.getCookies()).noneMatch(KioskScreenCookie::isMarker))) {
            response.addHeader("Set-Cookie", ResponseCookie.from(NAME, VALUE).path("/").httpOnly(true)
                    .sameSite("Strict").secure(request.isSecure()).build().toString());
        }
        chain.doFilter(request, response);
    }
}
