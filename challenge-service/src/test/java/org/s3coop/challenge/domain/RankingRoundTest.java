package org.s3coop.challenge.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.s3coop.platform.problem.ProblemException;

class RankingRoundTest {
    private static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2026-06-30T17:00:00Z");

    @Test
    void takesVotesUntilItsDeadlineThenItIsDueAndClosesAtTheDeadline() {
        RankingRound r = RankingRound.open("mid", " Mid-term ", null, List.of("C", "A"), DEADLINE, "alice");
        assertThat(r.title).isEqualTo("Mid-term");
        assertThat(r.membersOnly).isTrue();
        r.requireAcceptsVotes(DEADLINE.minusNanos(1000));
        assertThat(r.isDue(DEADLINE.minusNanos(1000))).isFalse();
        assertThat(r.isDue(DEADLINE)).isTrue();
        assertThatThrownBy(() -> r.requireAcceptsVotes(DEADLINE)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().type()).endsWith("/round-closed"));
        assertThat(r.closingTime(DEADLINE.plusHours(2))).isEqualTo(DEADLINE);
        assertThat(r.closingTime(DEADLINE.minusHours(2))).isEqualTo(DEADLINE.minusHours(2));

        RoundResult frozen = new RoundResult(List.of(), List.of(), List.of());
        r.close(frozen, DEADLINE, RoundClosing.DEADLINE, "system");
        assertThat(r.status).isEqualTo(RoundStatus.CLOSED);
        assertThat(r.version).isEqualTo(2);
        assertThat(r.isDue(DEADLINE.plusDays(1))).isFalse();
        assertThatThrownBy(() -> r.requireAcceptsVotes(DEADLINE.minusDays(1))).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> r.close(frozen, DEADLINE, RoundClosing.CALL, "bob"))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.problem().type()).endsWith("/invalid-transition"));
    }

    @Test
    void aRoundBroughtIntoBeingByAVoteRanksTheCatalogueForEveryRegionWithoutDeadline() {
        RankingRound r = RankingRound.implicit("2023-kickoff", List.of("C", "A", "F"), "alice");
        assertThat(r.implicit).isTrue();
        assertThat(r.membersOnly).isFalse();
        assertThat(r.deadline).isNull();
        assertThat(r.title).isEqualTo("2023-kickoff");
        assertThat(r.isDue(OffsetDateTime.MAX)).isFalse();
    }
}
