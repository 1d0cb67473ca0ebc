package vn.dvc.kiosk.shared.security;

import java.time.Clock;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Residents never sign in: every resident screen is {@code @AnonymousAllowed}; staff screens carry
 * {@code @RolesAllowed}, checked by Vaadin's navigation access control. The machine endpoints under {@code /api/}
 * (signed bank and VNPay notifications, the status look-up) are open and prove themselves by their signatures or
 * the resident's digits, so they take no CSRF token; everything else does.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityProperties properties, Clock clock)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/api/**", "/css/**", "/actuator/health", "/actuator/health/**", "/actuator/info")
                .permitAll()
                // the error dispatch of an open request (a 400 for a missing parameter, a 405): otherwise its answer
                // became a redirect to the sign-in page, which a bank or a chatbot cannot make sense of
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        http.headers(headers -> headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frames -> frames.sameOrigin())
                // no Content-Security-Policy: Vaadin's pages run inline bootstrap scripts and evaluate the server's
                // JavaScript (executeJs), so no script-src can stop injected script; and even the mild
                // "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'" broke the end of
                // a visit in Chromium (FileBirthRegistrationE2ETest: "finish" landed on the receipt's address
                // instead of home). Vaadin escapes text on output; frames are refused by X-Frame-Options.
                //
                // Headers are written before the request is served: Vaadin's pages are forwarded to its servlet, which commits
                // the response past the filter, so headers written on commit never reached a resident's screen
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        http.addFilterBefore(new AbsoluteSessionTimeout(properties, clock), AnonymousAuthenticationFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        .loginView(SignInView.class, "/" + SignInView.ROUTE + "?signed-out")
                        .defaultSuccessUrl("/" + StaffHomeView.ROUTE)
                        // signed-in staff reach Vaadin for any other address and get its "not found" page rather
                        // than a bare 403; visitors are asked to sign in
                        .anyRequest(request -> request.authenticated()))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt, stored as {bcrypt}$2a$…, so that a stronger scheme can be introduced without a migration
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
