package org.s3coop.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.s3coop.platform.rest.CorsRefusals.CorsRule;
import org.s3coop.platform.rest.CorsRefusals.CorsRule.Verdict;

/** The CORS filter's decisions that {@link CorsRefusals} answers with problem+json. */
class CorsRuleTest {
    private static final String OWN = "http://localhost:8082";
    private final CorsRule rule = new CorsRule(List.of("http://localhost:8081", "/https://.*\\.portal\\.example/"),
            List.of("GET", "HEAD"));

    @Test
    void listedOriginsMayReadAndNotWrite() {
        assertThat(rule.judge("http://localhost:8081", OWN, "GET", false)).isEqualTo(Verdict.ALLOWED);
        assertThat(rule.judge("https://es51.portal.example", OWN, "HEAD", false)).isEqualTo(Verdict.ALLOWED);
        assertThat(rule.judge("http://localhost:8081", OWN, "POST", false)).isEqualTo(Verdict.METHOD_REFUSED);
        assertThat(rule.judge("http://localhost:8081", OWN, "OPTIONS", true)).as("a preflight: the filter answers")
                .isEqualTo(Verdict.ALLOWED);
        assertThat(rule.judge("http://localhost:8081", OWN, "OPTIONS", false)).isEqualTo(Verdict.METHOD_REFUSED);
    }

    @Test
    void otherOriginsAreRefusedButTheServersOwn() {
        for (String origin : List.of("https://evil.example", "null", "http://localhost:8081.evil.example",
                "http://localhost:1", "https://portal.example")) {
            assertThat(rule.judge(origin, OWN, "GET", false)).as(origin).isEqualTo(Verdict.ORIGIN_REFUSED);
            assertThat(rule.judge(origin, OWN, "OPTIONS", true)).as(origin).isEqualTo(Verdict.ORIGIN_REFUSED);
        }
        assertThat(rule.judge(OWN, OWN, "POST", false)).isEqualTo(Verdict.ALLOWED);
        assertThat(CorsRule.sameOrigin("http://example.org", "http://example.org:80")).isTrue();
        assertThat(CorsRule.sameOrigin("https://example.org", "http://example.org")).isFalse();
        assertThat(CorsRule.sameOrigin("http://example.org/path", "http://example.org")).isFalse();
    }

    @Test
    void aWildcardAllowsEveryOriginAndNoMethodsEveryMethod() {
        CorsRule open = new CorsRule(List.of("*"), List.of());

        assertThat(open.judge("https://anyone.example", OWN, "DELETE", false)).isEqualTo(Verdict.ALLOWED);
        assertThat(new CorsRule(List.of("http://a.example"), List.of()).judge("http://a.example", OWN, "PUT", false))
                .isEqualTo(Verdict.ALLOWED);
    }
}
