package org.s3coop.partnership.rest.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.partnership.domain.Instrument;
import org.s3coop.partnership.domain.InvestmentProject;
import org.s3coop.partnership.domain.ProjectStatus;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

@Schema(name = "InvestmentProject", description = "An investment project of a partnership (DESIGN.md section 9)")
@JsonPropertyOrder({ "id", "partnershipId", "title", "instrument", "status", "regions", "organisations", "trlStart",
        "trlTarget", "budgetEur", "requestedEur", "grantedEur", "startsOn", "endsOn", "version", "createdAt",
        "updatedAt" })
public record ProjectView(UUID id, UUID partnershipId, String title, Instrument instrument,
        @Schema(example = "FUNDED") ProjectStatus status, List<String> regions, List<UUID> organisations,
        int trlStart, int trlTarget, @Schema(nullable = true) BigDecimal budgetEur, @Schema(nullable = true) BigDecimal requestedEur,
        @Schema(nullable = true) BigDecimal grantedEur, @Schema(nullable = true) LocalDate startsOn, @Schema(nullable = true) LocalDate endsOn, @Schema(description = "The project's version, its ETag") long version,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public static ProjectView of(InvestmentProject x) {
        return new ProjectView(x.id, x.partnershipId, x.title, x.instrument, x.status, x.regions, x.organisations,
                x.trlStart, x.trlTarget, x.budgetEur, x.requestedEur, x.grantedEur, x.startsOn, x.endsOn, x.version,
                x.createdAt, x.updatedAt);
    }
}
