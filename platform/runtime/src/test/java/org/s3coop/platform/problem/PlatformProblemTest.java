package org.s3coop.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The platform's problem catalogue and what a {@link ProblemType} makes of a detail. */
class PlatformProblemTest {
    @Test
    void everyTypeHasItsOwnSlugUnderTheProblemsBase() {
        List<String> slugs = Arrays.stream(PlatformProblem.values()).map(PlatformProblem::slug).toList();

        assertThat(slugs).doesNotHaveDuplicates().allMatch(s -> s.matches("[a-z]+(-[a-z]+)*"));
        assertThat(PlatformProblem.STALE_VERSION.uri()).isEqualTo("https://s3coop.org/problems/stale-version");
    }

    @Test
    void everyTypeIsAnErrorStatusWithATitle() {
        for (PlatformProblem p : PlatformProblem.values()) {
            assertThat(p.status()).as(p.name()).isBetween(400, 599);
            assertThat(p.title()).as(p.name()).isNotBlank();
        }
        assertThat(PlatformProblem.UNAVAILABLE.status()).isEqualTo(503);
        assertThat(PlatformProblem.IDEMPOTENCY_KEY_REUSED.status()).isEqualTo(422);
    }

    @Test
    void anExceptionCarriesTheTypeStatusTitleAndDetail() {
        Problem p = PlatformProblem.NOT_FOUND.exception("no region ES99").problem();

        assertThat(p.type()).isEqualTo("https://s3coop.org/problems/not-found");
        assertThat(p.status()).isEqualTo(404);
        assertThat(p.title()).isEqualTo("Not found");
        assertThat(p.detail()).isEqualTo("no region ES99");
        assertThat(p.instance()).isNull();
        assertThat(p.violations()).isNull();
        assertThat(p.extensions()).isEmpty();
    }

    @Test
    void extensionsAreCopied() {
        Map<String, Object> ext = new java.util.HashMap<>(Map.of("currentVersion", 3));
        Problem p = PlatformProblem.CONCURRENT_MODIFICATION.exception("changed meanwhile", ext).problem();
        ext.put("later", true);

        assertThat(p.extensions()).containsOnly(Map.entry("currentVersion", 3));
    }

    @Test
    void violationsAreListedInTheDetail() {
        ProblemException e = ProblemException.invalid(List.of(new Problem.Violation("code", "must be a NUTS code"),
                new Problem.Violation("name", "must not be blank")));

        assertThat(e.problem().status()).isEqualTo(400);
        assertThat(e.problem().type()).endsWith("/validation");
        assertThat(e.getMessage()).isEqualTo("code: must be a NUTS code; name: must not be blank");
        assertThat(e.problem().violations()).extracting(Problem.Violation::field).containsExactly("code", "name");
    }

    @Test
    void theShortcutsUseTheCatalogue() {
        assertThat(ProblemException.staleVersion(7).problem().detail())
                .isEqualTo("If-Match does not match the current version \"7\"; read the resource again");
        assertThat(ProblemException.staleVersion(7).problem().type()).isEqualTo(PlatformProblem.STALE_VERSION.uri());
        assertThat(ProblemException.forbidden("not yours").problem().status()).isEqualTo(403);
        assertThat(ProblemException.notFound("gone").problem().status()).isEqualTo(404);
    }

    @Test
    void aProblemWithoutExtensionsHasAnEmptyMapAndTakesItsInstance() {
        Problem p = new Problem(PlatformProblem.INTERNAL.uri(), "Internal error", 500, "boom", null, null, null);

        assertThat(p.extensions()).isEmpty();
        assertThat(p.withInstance("/api/v1/regions").instance()).isEqualTo("/api/v1/regions");
        assertThat(p.withInstance("/api/v1/regions").detail()).isEqualTo("boom");
    }
}
