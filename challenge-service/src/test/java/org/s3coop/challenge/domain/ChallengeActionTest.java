package org.s3coop.challenge.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.s3coop.platform.problem.ProblemException;

/** The challenge state machine, every action from every status, without HTTP. */
class ChallengeActionTest {

    /** The table, written out independently of the enum: action → (from → to). */
    private static final Map<ChallengeAction, Map<ChallengeStatus, ChallengeStatus>> ALLOWED = Map.of(
            ChallengeAction.ADDRESS, Map.of(ChallengeStatus.OPEN, ChallengeStatus.ADDRESSED),
            ChallengeAction.CLOSE, Map.of(ChallengeStatus.OPEN, ChallengeStatus.CLOSED,
                    ChallengeStatus.ADDRESSED, ChallengeStatus.CLOSED),
            ChallengeAction.WITHDRAW, Map.of(ChallengeStatus.OPEN, ChallengeStatus.WITHDRAWN,
                    ChallengeStatus.ADDRESSED, ChallengeStatus.WITHDRAWN),
            ChallengeAction.REOPEN, Map.of(ChallengeStatus.ADDRESSED, ChallengeStatus.OPEN,
                    ChallengeStatus.CLOSED, ChallengeStatus.OPEN, ChallengeStatus.WITHDRAWN, ChallengeStatus.OPEN));

    @Test
    void everyActionFromEveryStatusLeadsWhereTheTableSaysOrIsRefused() {
        int allowed = 0;
        for (ChallengeAction action : ChallengeAction.values()) {
            for (ChallengeStatus from : ChallengeStatus.values()) {
                ChallengeStatus expected = ALLOWED.get(action).get(from);
                assertThat(action.allowedFrom(from)).as("%s from %s", action, from).isEqualTo(expected != null);
                if (expected != null) {
                    allowed++;
                    assertThat(action.requireAllowedFrom(from)).as("%s from %s", action, from).isEqualTo(expected);
                } else {
                    assertThatThrownBy(() -> action.requireAllowedFrom(from))
                            .as("%s from %s", action, from)
                            .isInstanceOfSatisfying(ProblemException.class, e -> {
                                assertThat(e.problem().status()).isEqualTo(409);
                                assertThat(e.problem().type()).endsWith("/invalid-transition");
                                assertThat(e.getMessage()).startsWith(action + " is not allowed on a challenge that is "
                                        + from + ";");
                            });
                }
            }
        }
        assertThat(allowed).isEqualTo(8);
    }

    @Test
    void aRefusalNamesWhatIsAllowedFromTheCurrentStatus() {
        assertThatThrownBy(() -> ChallengeAction.ADDRESS.requireAllowedFrom(ChallengeStatus.CLOSED))
                .hasMessage("ADDRESS is not allowed on a challenge that is CLOSED; ADDRESS applies to [OPEN], and "
                        + "from CLOSED the allowed actions are [REOPEN]");
    }

    @Test
    void theActionsAvailableFromEachStatus() {
        assertThat(ChallengeAction.availableFrom(ChallengeStatus.OPEN))
                .containsExactly(ChallengeAction.ADDRESS, ChallengeAction.CLOSE, ChallengeAction.WITHDRAW);
        assertThat(ChallengeAction.availableFrom(ChallengeStatus.ADDRESSED))
                .containsExactly(ChallengeAction.CLOSE, ChallengeAction.WITHDRAW, ChallengeAction.REOPEN);
        assertThat(ChallengeAction.availableFrom(ChallengeStatus.CLOSED)).containsExactly(ChallengeAction.REOPEN);
        assertThat(ChallengeAction.availableFrom(ChallengeStatus.WITHDRAWN)).containsExactly(ChallengeAction.REOPEN);
    }

    @ParameterizedTest
    @CsvSource({ "ADDRESS, OPEN, ADDRESSED", "CLOSE, ADDRESSED, CLOSED", "WITHDRAW, OPEN, WITHDRAWN",
            "REOPEN, CLOSED, OPEN" })
    void aChallengeMovesAndRecordsTheTransition(ChallengeAction action, ChallengeStatus from, ChallengeStatus to) {
        Challenge c = challenge(from);
        long version = c.version;
        ChallengeTransition t = c.apply(action, "  because  ", "alice");
        assertThat(c.status).isEqualTo(to);
        assertThat(c.version).isEqualTo(version + 1);
        assertThat(t.action).isEqualTo(action);
        assertThat(t.fromStatus).isEqualTo(from);
        assertThat(t.toStatus).isEqualTo(to);
        assertThat(t.reason).isEqualTo("because");
        assertThat(t.actor).isEqualTo("alice");
        assertThat(t.version).isEqualTo(c.version);
        assertThat(t.challengeId).isEqualTo(c.id);
        assertThat(t.at).isEqualTo(c.updatedAt);
    }

    @Test
    void aRefusedActionChangesNothing() {
        Challenge c = challenge(ChallengeStatus.WITHDRAWN);
        long version = c.version;
        assertThatThrownBy(() -> c.apply(ChallengeAction.CLOSE, "no", "alice")).isInstanceOf(ProblemException.class);
        assertThat(c.status).isEqualTo(ChallengeStatus.WITHDRAWN);
        assertThat(c.version).isEqualTo(version);
    }

    @Test
    void onlyOpenAndAddressedChallengesAreWorkedOn() {
        for (ChallengeStatus status : ChallengeStatus.values()) {
            Challenge c = challenge(status);
            if (Set.of(ChallengeStatus.OPEN, ChallengeStatus.ADDRESSED).contains(status)) {
                c.requireWorkedOn("REOPEN it");
            } else {
                assertThatThrownBy(() -> c.requireWorkedOn("REOPEN it"))
                        .isInstanceOfSatisfying(ProblemException.class, e -> {
                            assertThat(e.problem().status()).isEqualTo(409);
                            assertThat(e.problem().type()).endsWith("/challenge-not-open");
                        })
                        .hasMessage("Challenge " + c.id + " is " + status + "; REOPEN it");
            }
        }
    }

    @Test
    void aRaisedChallengeIsOpenAtVersionOneWithItsTextStripped() {
        Challenge c = Challenge.raise("CAPACITY", null, "  Title ", null, new Scope(ScopeType.COMMUNITY, null),
                Severity.LOW, null, "alice");
        assertThat(c.status).isEqualTo(ChallengeStatus.OPEN);
        assertThat(c.version).isEqualTo(1);
        assertThat(c.title).isEqualTo("Title");
        assertThat(c.description).isEmpty();
        assertThat(c.raisedBy).isEqualTo("alice");
    }

    private static Challenge challenge(ChallengeStatus status) {
        Challenge c = Challenge.raise("CAPACITY", null, "A challenge", "", new Scope(ScopeType.COMMUNITY, null),
                Severity.HIGH, null, "bob");
        c.status = status;
        return c;
    }
}
