package org.s3coop.partnership.domain;

import static org.s3coop.partnership.domain.GateCriterion.*;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gate an ADVANCE passes out of a stage into the next one, with its criteria; every gate starts with
 * STATUS_ACTIVE, the ADVANCE row's status rule of {@link TransitionAction}. The last stage has no gate.
 */
public enum Gate {
    SCOPING_TO_MAPPING(Stage.SCOPING, List.of(STATUS_ACTIVE, MIN_TWO_REGIONS, TWO_COUNTRIES, SCOPING_NOTE, SHARED_PRIORITY)),
    MAPPING_TO_PILOT(Stage.MAPPING, List.of(STATUS_ACTIVE, COMPLEMENTARITY_MAP, HELIX_DIVERSITY)),
    PILOT_TO_SCALE_UP(Stage.PILOT, List.of(STATUS_ACTIVE, PILOT_REPORT, COMMITTED_FUNDING, NO_BLOCKING_CHALLENGE));

    public final Stage from;
    public final Stage to;
    public final List<GateCriterion> criteria;

    Gate(Stage from, List<GateCriterion> criteria) {
        this.from = from;
        this.to = from.next().orElseThrow();
        this.criteria = criteria;
    }

    /** The gate out of {@code stage}; none out of the last stage. */
    public static Optional<Gate> leaving(Stage stage) {
        return Arrays.stream(values()).filter(g -> g.from == stage).findFirst();
    }

    /** Every criterion, met or not, in the order above. */
    public List<CriterionResult> evaluate(GateInputs inputs) {
        return criteria.stream().map(c -> c.check(inputs)).toList();
    }

    /** Passes when every criterion is met; else 409 gate-criteria-unmet listing every unmet one in {@code unmetCriteria}. */
    public void requirePassed(GateInputs inputs) {
        List<UnmetCriterion> unmet = evaluate(inputs).stream().filter(r -> !r.met())
                .map(r -> new UnmetCriterion(r.code(), r.message())).toList();
        if (!unmet.isEmpty()) {
            throw PartnershipProblem.GATE_CRITERIA_UNMET.exception("Partnership " + inputs.partnership().id
                    + " cannot advance from " + from + " to " + to + ": " + unmet.size() + " criterion(s) unmet ("
                    + String.join(", ", unmet.stream().map(UnmetCriterion::code).toList()) + ")",
                    Map.of("unmetCriteria", unmet));
        }
    }
}
