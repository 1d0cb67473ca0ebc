package vn.dvc.kiosk.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrackingLinksTest {

    private static final String TOKEN = "AbC_dEf-0123456789xyzQRS";

    @Test
    void theReceiptsLinkGivesItsToken() {
        assertThat(TrackingLinks.tokenIn("http://localhost:8080/theo-doi/" + TOKEN)).contains(TOKEN);
        assertThat(TrackingLinks.tokenIn("https://dichvucong.example.gov.vn/theo-doi/" + TOKEN + "/")).contains(TOKEN);
        assertThat(TrackingLinks.tokenIn("  /theo-doi/" + TOKEN + "\n")).contains(TOKEN);
    }

    @Test
    void anythingElseGivesNothing() {
        assertThat(TrackingLinks.tokenIn(null)).isEmpty();
        assertThat(TrackingLinks.tokenIn("")).isEmpty();
        assertThat(TrackingLinks.tokenIn("001090012345|123456789|Nguyễn Văn An|15081990|Nam|Hà Nội|01012021")).isEmpty();
        assertThat(TrackingLinks.tokenIn("https://dichvucong.gov.vn/p/home/dvc-trang-chu.html")).isEmpty();
        assertThat(TrackingLinks.tokenIn("http://evil.example/theo-doi/short")).isEmpty();
        assertThat(TrackingLinks.tokenIn("http://x/theo-doi/" + TOKEN + "?next=http://evil.example")).isEmpty();
        assertThat(TrackingLinks.tokenIn("http://x/theo-doi/" + TOKEN + "/../../dang-nhap")).isEmpty();
        assertThat(TrackingLinks.tokenIn("javascript:alert(1)//theo-doi/" + TOKEN)).isEmpty();
        assertThat(TrackingLinks.tokenIn("http://x/theo-doi/" + "A".repeat(400))).isEmpty();
    }
}
