package org.s3coop.partnership.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
            description = "Counts by stage and status, median days spent in each stage, reverts by trigger, and the "
                    + "partnerships flagged for re-scoping (definitions in docs/partnership-service.md).")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = PortfolioView.class)))
    public Uni<PortfolioView> portfolio() {
        return service.portfolio().map(PortfolioView::of);
    }
}
