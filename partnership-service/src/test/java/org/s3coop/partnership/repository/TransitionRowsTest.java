package org.s3coop.partnership.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.s3coop.partnership.domain.Member;
import org.s3coop.partnership.domain.MemberRole;
import org.s3coop.partnership.domain.MemberStatus;
import org.s3coop.partnership.domain.Move;
import org.s3coop.partnership.domain.Outcome;
import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.PartnershipPriority;
import org.s3coop.partnership.domain.PriorityFamily;
import org.s3coop.partnership.domain.RevertTrigger;
import org.s3coop.partnership.domain.Stage;
import org.s3coop.partnership.domain.Status;
import org.s3coop.partnership.domain.Transition;
import org.s3coop.partnership.domain.TransitionAction;
import org.s3coop.platform.problem.ProblemException;

/**
 * {@link TransitionRows} writes only the columns of the fields it names: every transition the state machine allows,
 * from every stage and status, applied in memory, changes no other field of the partnership (a new one would be lost).
 */
class TransitionRowsTest {

    @Test
    void aTransitionChangesOnlyTheFieldsTheRowUpdateWrites() throws Exception {
        Set<String> changed = new HashSet<>();
        Set<TransitionAction> applied = EnumSet.noneOf(TransitionAction.class);
        List<Stage> targets = new ArrayList<>(Arrays.asList(Stage.values()));
        targets.add(null);
        for (TransitionAction action : TransitionAction.values()) {
            for (Status status : Status.values()) {
                for (Stage stage : Stage.values()) {
                    for (Stage target : targets) {
                        Partnership p = partnership(stage, status);
                        Move move;
                        try {
                            move = p.check(new Transition(action, target,
                                    action == TransitionAction.REVERT ? RevertTrigger.OTHER : null,
                                    action.reason == TransitionAction.Need.REQUIRED ? "a reason" : null,
                                    action == TransitionAction.CLOSE ? Outcome.DISCONTINUED : null));
                        } catch (ProblemException refused) {
                            continue;
                        }
                        Map<String, Object> before = fields(p);
                        p.apply(move, "tester");
                        fields(p).forEach((name, value) -> {
                            if (!Objects.equals(before.get(name), value)) {
                                changed.add(name);
                            }
                        });
                        applied.add(action);
                    }
                }
            }
        }
        assertThat(applied).as("actions applied").containsExactlyInAnyOrder(TransitionAction.values());
        assertThat(changed).contains("stage", "status", "outcome", "rescopingRecommended", "version", "updatedAt");
        assertThat(TransitionRows.WRITTEN).containsAll(changed);
        for (String field : TransitionRows.WRITTEN) {
            String column = field.replaceAll("([A-Z])", "_$1").toLowerCase();
            assertThat(TransitionRows.MOVE).as("the row update writes " + field).contains(" " + column + " = $");
        }
    }

    /** ACTIVE members ES51 (lead) and DE21, at {@code stage} and {@code status}, with a re-scoping recommended. */
    private static Partnership partnership(Stage stage, Status status) {
        Partnership p = Partnership.propose("Bio-based packaging", new PartnershipPriority(PriorityFamily.ECONOMIC_DOMAIN,
                "C22"), "INTERREGIONAL_COOPERATION", "ES51", List.of(new Member("ES51", MemberRole.LEAD, null,
                        MemberStatus.ACTIVE), new Member("DE21", MemberRole.PARTNER, null, MemberStatus.ACTIVE)));
        p.stage = stage;
        p.status = status;
        p.outcome = status == Status.CLOSED ? Outcome.COMPLETED : null;
        p.rescopingRecommended = true;
        p.rescopingReason = "region retired";
        return p;
    }

    private static Map<String, Object> fields(Partnership p) throws IllegalAccessException {
        Map<String, Object> values = new HashMap<>();
        for (Field f : Partnership.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                f.setAccessible(true);
                values.put(f.getName(), f.get(p));
            }
        }
        return values;
    }
}
