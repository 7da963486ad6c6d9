package org.s3coop.platform.audit;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.s3coop.platform.contract.ContractPatterns;

/** {@code ?actor=&from=&to=}: the filters of an audit list. Use as a {@code @BeanParam} beside a PageRequest. */
public class AuditQuery {
    private static final String INSTANT = ContractPatterns.INSTANT;
    private static final String INSTANT_RULE = ContractPatterns.INSTANT_RULE;

    @QueryParam("actor")
    @Size(min = 1, max = 200)
    @Parameter(description = "Only changes by this actor (token subject, or `system`)", example = "coordinator@es51")
    public String actor;

    @QueryParam("from")
    @Pattern(regexp = INSTANT, message = INSTANT_RULE)
    @Parameter(description = "Only changes at or after this time", example = "2026-01-01T00:00:00Z",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    public String from;

    @QueryParam("to")
    @Pattern(regexp = INSTANT, message = INSTANT_RULE)
    @Parameter(description = "Only changes before this time", example = "2027-01-01T00:00:00Z",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    public String to;

    public AuditQuery() {
    }

    public AuditQuery(String actor, String from, String to) {
        this.actor = actor;
        this.from = from;
        this.to = to;
    }

    OffsetDateTime fromTime() {
        return from == null ? null : OffsetDateTime.parse(from);
    }

    OffsetDateTime toTime() {
        return to == null ? null : OffsetDateTime.parse(to);
    }
}
