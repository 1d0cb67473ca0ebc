package vn.dvc.kiosk.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class AbsoluteSessionTimeoutTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-23T01:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final AbsoluteSessionTimeout filter = new AbsoluteSessionTimeout(
            new SecurityProperties(Duration.ofHours(8), false), clock);
    private final MockHttpSession session = new MockHttpSession();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aStaffSessionLastsEightHoursHoweverBusy() throws Exception {
        signIn();
        assertThat(request().getStatus()).isEqualTo(200);
        now.set(now.get().plus(Duration.ofHours(7).plusMinutes(59)));
        signIn();
        assertThat(request().getStatus()).isEqualTo(200);
        assertThat(session.isInvalid()).isFalse();

        now.set(now.get().plus(Duration.ofMinutes(2)));
        signIn();
        MockHttpServletResponse response = request();
        assertThat(response.getRedirectedUrl()).isEqualTo("/dang-nhap");
        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void residentsSessionsAreLeftToTheKioskIdleGuard() throws Exception {
        now.set(now.get().plus(Duration.ofDays(2)));
        assertThat(request().getStatus()).isEqualTo(200);
        assertThat(session.isInvalid()).isFalse();
        assertThat(session.getAttribute(AbsoluteSessionTimeout.SIGNED_IN_AT)).isNull();
    }

    private void signIn() {
        SignedInStaff officer = new SignedInStaff(
                new StaffMember("canbo", "Nguyễn Thị Lan", StaffRole.OFFICER, "000.00.00.H01"), "x", true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
    }

    private MockHttpServletResponse request() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/can-bo/ho-so");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
