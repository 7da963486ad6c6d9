package org.s3coop.platform.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DeliveryTargetTest {
    @Test
    void anHttpsUrlIsSplitIntoWhatTheRequestNeeds() {
        DeliveryTarget t = DeliveryTarget.parse("https://portal.example.org/hooks/s3coop?tenant=es51", false);

        assertThat(t).isEqualTo(new DeliveryTarget(true, "portal.example.org", 443, "/hooks/s3coop?tenant=es51"));
        assertThat(DeliveryTarget.parse("http://127.0.0.1:8080", true))
                .isEqualTo(new DeliveryTarget(false, "127.0.0.1", 8080, "/"));
        assertThat(DeliveryTarget.parse("https://[2a00:1450::1]:8443/x", false).host()).isEqualTo("2a00:1450::1");
    }

    @Test
    void httpOnlyWhereAllowedAndNothingButHttp() {
        assertThatThrownBy(() -> DeliveryTarget.parse("http://portal.example.org/", false))
                .hasMessage("must be an https URL");
        for (String url : new String[] { "ftp://example.org/x", "file:///etc/passwd", "gopher://example.org",
                "example.org/hook", "" }) {
            assertThatThrownBy(() -> DeliveryTarget.parse(url, true)).as(url).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void credentialsFragmentsAndOverlongUrlsAreRefused() {
        assertThatThrownBy(() -> DeliveryTarget.parse("https://user:pw@example.org/", false))
                .hasMessageContaining("user information");
        assertThatThrownBy(() -> DeliveryTarget.parse("https://example.org/#x", false)).hasMessageContaining("fragment");
        assertThatThrownBy(() -> DeliveryTarget.parse("https://example.org/" + "a".repeat(2000), false))
                .hasMessageContaining("at most 2000");
        assertThatThrownBy(() -> DeliveryTarget.parse("https:///nohost", false)).hasMessage("must name a host");
    }
}
