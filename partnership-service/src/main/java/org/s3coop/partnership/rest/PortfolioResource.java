package org.s3coop.partnership.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.s3coop.partnership.domain.PartnershipPatterns;
import org.s3coop.partnership.domain.Stage;
import org.s3coop.partnership.rest.dto.PortfolioView;
import org.s3coop.partnership.service.PortfolioService;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/portfolio")
@Tag(name = "Portfolio", description = "The monitoring view of all partnerships")
@Produces(MediaType.APPLICATION_JSON)
public class PortfolioResource {
    @Inject
    PortfolioService service;

    @GET
    @Operation(operationId = "getPortfolio", summary = "Portfolio figures",
            description = "Counts by stage and status; per stage, the median days of completed stays, the median age of "
                    + "ongoing stays and the median days of stays ended by CLOSE, each with its sample size (time ON_HOLD "
                    + "left out); reverts by trigger; the open partnerships flagged for re-scoping (definitions in "
                    + "docs/partnership-service.md). Filters select the partnerships of a programme, a priority code and "
                    + "a country (one of the active members lies in it) and a stage. Also (issue 15): the funnel "
                    + "(partnerships per programme and stage), investment projects by status and instrument, the "
                    + "investment mobilised (requested, granted) per instrument, the TRL progression per instrument "
                    + "and the overdue reports, read from aggregates kept up to date by every change.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = PortfolioView.class)))
    public Uni<PortfolioView> portfolio(
            @QueryParam("programme") @Pattern(regexp = PartnershipPatterns.PROGRAMME, message = PartnershipPatterns.PROGRAMME_RULE)
            @Parameter(description = "Only partnerships of this programme", example = "S3_THEMATIC_PARTNERSHIP") String programme,
            @QueryParam("priority") @Pattern(regexp = PartnershipPatterns.PRIORITY_CODE, message = PartnershipPatterns.PRIORITY_FILTER_RULE)
            @Parameter(description = "Only partnerships on this priority code", example = "C22") String priority,
            @QueryParam("country") @Pattern(regexp = PartnershipPatterns.COUNTRY, message = PartnershipPatterns.COUNTRY_RULE)
            @Parameter(description = "Only partnerships with an active member in this country (level-0 code)", example = "ES")
            String country,
            @QueryParam("stage") @Pattern(regexp = PartnershipPatterns.STAGE, message = PartnershipPatterns.STAGE_RULE)
            @Parameter(description = "Only partnerships now in this stage", schema = @Schema(implementation = Stage.class))
            String stage) {
        return service.portfolio(programme, priority, country, stage == null ? null : Stage.valueOf(stage))
                .map(f -> PortfolioView.of(f.portfolio(), f.investment()));
    }
}
