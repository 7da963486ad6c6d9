package org.s3coop.partnership.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.s3coop.partnership.domain.GateCriterion.*;

/** The gate between two consecutive stages, with its criteria (every gate also needs status ACTIVE). */
public enum Gate {
    SCOPING_TO_MAPPING(Stage.SCOPING, Stage.MAPPING, List.of(STATUS_ACTIVE, MIN_TWO_REGIONS, TWO_COUNTRIES, SCOPING_NOTE,
            SHARED_PRIORITY)),
    MAPPING_TO_PILOT(Stage.MAPPING, Stage.PILOT, List.of(STATUS_ACTIVE, COMPLEMENTARITY_MAP, HELIX_DIVERSITY)),
    PILOT_TO_SCALE_UP(Stage.PILOT, Stage.SCALE_UP, List.of(STATUS_ACTIVE, PILOT_REPORT, COMMITTED_FUNDING,
            NO_BLOCKING_CHALLENGE));

    public final Stage from;
    public final Stage to;
    public final List<GateCriterion> criteria;

    Gate(Stage from, Stage to, List<GateCriterion> criteria) {
        this.from = from;
        this.to = to;
        this.criteria = criteria;
    }

    /** The gate out of {@code stage}; none out of SCALE_UP. */
    public static Optional<Gate> leaving(Stage stage) {
        return Arrays.stream(values()).filter(g -> g.from == stage).findFirst();
    }

    /** Every criterion, met or not, in the order above. */
    public List<CriterionResult> evaluate(GateInputs inputs) {
        return criteria.stream().map(c -> c.check(inputs)).toList();
    }
}
