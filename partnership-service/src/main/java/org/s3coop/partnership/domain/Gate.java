package org.s3coop.partnership.domain;

import static org.s3coop.partnership.domain.GateCriterion.*;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gate an ADVANCE passes out of a stage into the next one, with its criteria (the contract's codes, DESIGN.md
 * section 8); every gate starts with STATUS_ACTIVE, the ADVANCE row's status rule of {@link TransitionAction}, and
 * ends with NO_BLOCKING_CHALLENGE. The last stage has no gate. Criteria whose rule the programme does not set
 * (COMMITMENT_LETTERS, INVESTMENT_PROJECT) are listed as met.
 */
public enum Gate {
    SCOPING_TO_MAPPING(Stage.SCOPING, List.of(STATUS_ACTIVE, MIN_REGIONS, MIN_COUNTRIES, MIN_LEADS, SCOPING_NOTE,
            SHARED_PRIORITY, COMMITMENT_LETTERS, NO_BLOCKING_CHALLENGE)),
    MAPPING_TO_PILOT(Stage.MAPPING, List.of(STATUS_ACTIVE, COMPLEMENTARITY_MAP, HELIX_DIVERSITY, NO_BLOCKING_CHALLENGE)),
    PILOT_TO_SCALE_UP(Stage.PILOT, List.of(STATUS_ACTIVE, PILOT_REPORT, COMMITTED_FUNDING, INVESTMENT_PROJECT,
            NO_BLOCKING_CHALLENGE));

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

    /** The gates a partnership in {@code stage} has passed, in order. */
    public static List<Gate> passedBy(Stage stage) {
        return Arrays.stream(values()).filter(g -> !stage.isBefore(g.to)).toList();
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

    /**
     * The criteria of the gates already passed that do not hold now, one per code (under the first gate that has
     * it; STATUS_ACTIVE is not watched: a partnership on hold has not regressed). A criterion already recorded keeps
     * its {@code since} and message; a new one is dated {@code now}.
     */
    public static List<Regression> regressions(GateInputs inputs, List<Regression> recorded, OffsetDateTime now) {
        Map<String, Regression> found = new LinkedHashMap<>();
        for (Gate gate : passedBy(inputs.partnership().stage)) {
            for (GateCriterion criterion : gate.criteria) {
                if (criterion == STATUS_ACTIVE || found.containsKey(criterion.name())) {
                    continue;
                }
                CriterionResult result = criterion.check(inputs);
                if (!result.met()) {
                    found.put(criterion.name(), recorded.stream().filter(r -> r.code().equals(criterion.name()))
                            .findFirst().orElse(new Regression(gate, criterion.name(), now, result.message())));
                }
            }
        }
        return new ArrayList<>(found.values());
    }
}
