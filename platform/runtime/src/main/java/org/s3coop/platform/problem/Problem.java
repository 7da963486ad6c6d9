package org.s3coop.platform.problem;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * RFC 9457 problem details, the body of every error answer ({@code application/problem+json}). A service adds
 * members of its own domain (RFC 9457 section 3.2, e.g. partnership-service's {@code unmetCriteria}) through
 * {@link #extensions}; they are written beside the standard members.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details. `violations` lists invalid fields (400); "
        + "a service may add members of its own, documented on the operations that answer them. Members without a "
        + "value are left out (RFC 9457), never null.")
public record Problem(
        @Schema(required = true, description = "URI that identifies the problem type", example = "https://s3coop.org/problems/validation") String type,
        @Schema(required = true, description = "Short summary of the problem type", example = "Invalid request") String title,
        @Schema(required = true, description = "HTTP status code", example = "400") int status,
        @Schema(description = "What went wrong with this request", example = "code: must be a NUTS code such as ES51") String detail,
        @Schema(description = "The request path", example = "/api/v1/regions") String instance,
        @Schema(description = "Invalid fields (validation problems only)") List<Violation> violations,
        @Schema(hidden = true) @JsonAnyGetter Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://s3coop.org/problems/";

    public Problem {
        extensions = extensions == null ? Map.of() : extensions;
    }

    @Schema(name = "Violation")
    public record Violation(@Schema(required = true, example = "code") String field,
            @Schema(required = true, example = "must be a NUTS code: 2 upper-case letters and 0-3 letters or digits") String message) {
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, violations, extensions);
    }
}
