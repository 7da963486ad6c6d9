package org.s3coop.platform.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * RFC 9457 problem details, the body of every error answer ({@code application/problem+json}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details. `violations` lists invalid fields (400), "
        + "`unmetCriteria` the unmet gate criteria (409 on a refused stage advance).")
public record Problem(
        @Schema(description = "URI that identifies the problem type", example = "https://s3coop.org/problems/validation") String type,
        @Schema(description = "Short summary of the problem type", example = "Invalid request") String title,
        @Schema(description = "HTTP status code", example = "400") int status,
        @Schema(description = "What went wrong with this request", example = "code: must be a NUTS code such as ES51") String detail,
        @Schema(description = "The request path", example = "/api/v1/regions") String instance,
        @Schema(description = "Invalid fields (validation problems only)") List<Violation> violations,
        @Schema(description = "Unmet gate criteria (refused advance only)") List<UnmetCriterion> unmetCriteria) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://s3coop.org/problems/";

    @Schema(name = "Violation")
    public record Violation(@Schema(example = "code") String field,
            @Schema(example = "must be a NUTS code: 2 upper-case letters and 0-3 letters or digits") String message) {
    }

    @Schema(name = "UnmetCriterion")
    public record UnmetCriterion(@Schema(example = "TWO_COUNTRIES") String code,
            @Schema(example = "members come from only one country") String message) {
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, violations, unmetCriteria);
    }
}
