package org.s3coop.partnership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.s3coop.platform.problem.ProblemException;

/**
 * The investment project's status machine ({@link ProjectAction}): every action from every status, allowed (to
 * which status) or refused (409 invalid-transition), the reasons required, and the table of
 * docs/partnership-service.md, which must say the same.
 */
class ProjectActionTest {
    private static InvestmentProject project(ProjectStatus status) {
        InvestmentProject x = InvestmentProject.record(UUID.randomUUID(), new InvestmentProject.Details("Tray line",
                Instrument.I3_STRAND_1, List.of(), List.of(), 5, 7, null, null, null, null, null));
        x.status = status;
        return x;
    }

    /** The status after {@code action} from {@code status}, or the problem type it is refused with. */
    private static String outcome(ProjectAction action, ProjectStatus status) {
        InvestmentProject x = project(status);
        long version = x.version;
        try {
            ProjectTransition t = x.move(action, "a reason", "tester");
            assertThat(t.fromStatus).isEqualTo(status);
            assertThat(t.toStatus).isEqualTo(x.status);
            assertThat(t.version).isEqualTo(version + 1).isEqualTo(x.version);
            return x.status.name();
        } catch (ProblemException e) {
            assertThat(x.status).as("a refused action changes nothing").isEqualTo(status);
            assertThat(x.version).isEqualTo(version);
            return e.problem().type().substring("https://s3coop.org/problems/".length());
        }
    }

    @ParameterizedTest(name = "{0} from {1}: {2}")
    @CsvSource({
            "PREPARE,  IDEA,      PREPARING",
            "PREPARE,  PREPARING, invalid-transition",
            "PREPARE,  SUBMITTED, invalid-transition",
            "PREPARE,  FUNDED,    invalid-transition",
            "PREPARE,  REJECTED,  invalid-transition",
            "PREPARE,  RUNNING,   invalid-transition",
            "PREPARE,  COMPLETED, invalid-transition",
            "PREPARE,  WITHDRAWN, invalid-transition",
            "SUBMIT,   IDEA,      invalid-transition",
            "SUBMIT,   PREPARING, SUBMITTED",
            "SUBMIT,   SUBMITTED, invalid-transition",
            "SUBMIT,   FUNDED,    invalid-transition",
            "SUBMIT,   REJECTED,  invalid-transition",
            "SUBMIT,   RUNNING,   invalid-transition",
            "SUBMIT,   COMPLETED, invalid-transition",
            "SUBMIT,   WITHDRAWN, invalid-transition",
            "FUND,     IDEA,      invalid-transition",
            "FUND,     PREPARING, invalid-transition",
            "FUND,     SUBMITTED, FUNDED",
            "FUND,     FUNDED,    invalid-transition",
            "FUND,     REJECTED,  invalid-transition",
            "FUND,     RUNNING,   invalid-transition",
            "FUND,     COMPLETED, invalid-transition",
            "FUND,     WITHDRAWN, invalid-transition",
            "REJECT,   IDEA,      invalid-transition",
            "REJECT,   PREPARING, invalid-transition",
            "REJECT,   SUBMITTED, REJECTED",
            "REJECT,   FUNDED,    invalid-transition",
            "REJECT,   REJECTED,  invalid-transition",
            "REJECT,   RUNNING,   invalid-transition",
            "REJECT,   COMPLETED, invalid-transition",
            "REJECT,   WITHDRAWN, invalid-transition",
            "START,    IDEA,      invalid-transition",
            "START,    PREPARING, invalid-transition",
            "START,    SUBMITTED, invalid-transition",
            "START,    FUNDED,    RUNNING",
            "START,    REJECTED,  invalid-transition",
            "START,    RUNNING,   invalid-transition",
            "START,    COMPLETED, invalid-transition",
            "START,    WITHDRAWN, invalid-transition",
            "COMPLETE, IDEA,      invalid-transition",
            "COMPLETE, PREPARING, invalid-transition",
            "COMPLETE, SUBMITTED, invalid-transition",
            "COMPLETE, FUNDED,    invalid-transition",
            "COMPLETE, REJECTED,  invalid-transition",
            "COMPLETE, RUNNING,   COMPLETED",
            "COMPLETE, COMPLETED, invalid-transition",
            "COMPLETE, WITHDRAWN, invalid-transition",
            "WITHDRAW, IDEA,      WITHDRAWN",
            "WITHDRAW, PREPARING, WITHDRAWN",
            "WITHDRAW, SUBMITTED, WITHDRAWN",
            "WITHDRAW, FUNDED,    WITHDRAWN",
            "WITHDRAW, REJECTED,  invalid-transition",
            "WITHDRAW, RUNNING,   WITHDRAWN",
            "WITHDRAW, COMPLETED, invalid-transition",
            "WITHDRAW, WITHDRAWN, invalid-transition",
    })
    void everyActionFromEveryStatus(ProjectAction action, ProjectStatus status, String expected) {
        assertThat(outcome(action, status)).isEqualTo(expected);
    }

    @Test
    void theCasesAboveAreEveryActionTimesEveryStatus() {
        // 7 actions × 8 statuses = 56 rows above; the final statuses are exactly those no action starts from
        assertThat(ProjectAction.values().length * ProjectStatus.values().length).isEqualTo(56);
        for (ProjectStatus s : ProjectStatus.values()) {
            boolean anyStarts = List.of(ProjectAction.values()).stream().anyMatch(a -> a.from.contains(s));
            assertThat(anyStarts).as(s + " is open exactly when an action starts from it").isEqualTo(s.open);
        }
    }

    @Test
    void theRefusalSaysWhatTheStatusAllows() {
        assertThatThrownBy(() -> project(ProjectStatus.SUBMITTED).move(ProjectAction.START, null, "tester"))
                .isInstanceOf(ProblemException.class).hasMessageContaining("START needs project status FUNDED; the "
                        + "project is SUBMITTED. From SUBMITTED the actions are [FUND, REJECT, WITHDRAW]");
        assertThatThrownBy(() -> project(ProjectStatus.COMPLETED).move(ProjectAction.WITHDRAW, "late", "tester"))
                .hasMessageContaining("the project is COMPLETED, a final status");
    }

    @ParameterizedTest
    @EnumSource(ProjectAction.class)
    void rejectAndWithdrawNeedAReason(ProjectAction action) {
        boolean needs = action == ProjectAction.REJECT || action == ProjectAction.WITHDRAW;
        if (needs) {
            assertThatThrownBy(() -> action.requireFields(null)).isInstanceOf(ProblemException.class)
                    .hasMessageContaining("reason");
            assertThatThrownBy(() -> action.requireFields("  ")).isInstanceOf(ProblemException.class);
        } else {
            action.requireFields(null);
        }
        action.requireFields("because");
    }

    @Test
    void fundedAndRunningCountForTheCriterionAndGrantedMoneyOnceFunded() {
        for (ProjectStatus s : ProjectStatus.values()) {
            InvestmentProject x = project(s);
            x.grantedEur = new BigDecimal("100");
            assertThat(s.isFundedOrRunning()).isEqualTo(s == ProjectStatus.FUNDED || s == ProjectStatus.RUNNING);
            assertThat(x.mobilisedEur()).isEqualByComparingTo(s == ProjectStatus.FUNDED || s == ProjectStatus.RUNNING
                    || s == ProjectStatus.COMPLETED ? "100" : "0");
        }
    }

    @Test
    void docsPartnershipServiceShowsThisTable() throws IOException {
        String doc = Files.readString(PartnershipActionTest.doc());
        int begin = doc.indexOf("<!-- project-machine:begin -->");
        int end = doc.indexOf("<!-- project-machine:end -->");
        assertThat(begin).as("project-machine markers in docs/partnership-service.md").isNotNegative().isLessThan(end);
        List<String> rows = doc.substring(begin, end).lines().filter(l -> l.startsWith("| `")).toList();
        List<String> expected = new ArrayList<>();
        for (ProjectAction a : ProjectAction.values()) {
            expected.add("| `" + a + "` | " + a.fromText() + " | " + a.to + " | " + a.reason.name().toLowerCase() + " |");
        }
        assertThat(rows).isEqualTo(expected);
    }
}
