package vn.dvc.kiosk.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TrackingTokensTest {

    @Test
    void tokensAreLongUrlSafeAndDifferent() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String token = TrackingTokens.next();
            assertThat(token).hasSizeGreaterThanOrEqualTo(22).matches("[A-Za-z0-9_-]+");
            assertThat(TrackingTokens.looksLikeOne(token)).isTrue();
            tokens.add(token);
        }
        assertThat(tokens).hasSize(10_000);
    }

    @Test
    void junkIsNotAToken() {
        assertThat(TrackingTokens.looksLikeOne(null)).isFalse();
        assertThat(TrackingTokens.looksLikeOne("short")).isFalse();
        assertThat(TrackingTokens.looksLikeOne("' or 1=1 -- aaaaaaaaaaaaaaaaaaaa")).isFalse();
    }
}
