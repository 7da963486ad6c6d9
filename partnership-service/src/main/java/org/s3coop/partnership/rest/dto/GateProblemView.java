package org.s3coop.partnership.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.partnership.domain.UnmetCriterion;

/** The OpenAPI shape of the 409 a refused advance answers: a problem with the unmet criteria beside it. */
@Schema(name = "GateProblem", description = "RFC 9457 problem details of a refused stage advance "
        + "(type https://s3coop.org/problems/gate-criteria-unmet), with every unmet criterion in `unmetCriteria`; "
        + "other 409s of the operation carry no `unmetCriteria`.")
public record GateProblemView(
        @Schema(example = "https://s3coop.org/problems/gate-criteria-unmet") String type,
        @Schema(example = "Gate criteria not met") String title,
        @Schema(example = "409") int status,
        String detail,
        @Schema(example = "/api/v1/partnerships/6f1c2a7e-0d1b-4c55-9d1e-2f4f3b6a8c10/transitions") String instance,
        @Schema(description = "Unmet gate criteria (refused advance only)") List<UnmetCriterion> unmetCriteria) {
}
