package org.s3coop.partnership.domain;

import java.util.List;
import java.util.Optional;

/** The gate out of a partnership's stage and each of its criteria, met or not; no gate in SCALE_UP. */
public record Readiness(Partnership partnership, Optional<Gate> gate, List<CriterionResult> criteria) {

    public boolean ready() {
        return gate.isPresent() && criteria.stream().allMatch(CriterionResult::met);
    }
}
