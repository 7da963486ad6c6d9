package org.s3coop.partnership.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.s3coop.partnership.rest.dto.IndicatorView;
import org.s3coop.partnership.service.ReportService;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/indicators")
@Tag(name = "Monitoring reports")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {
    @Inject
    ReportService service;

    @GET
    @Operation(operationId = "listIndicators", summary = "The indicator catalogue of the monitoring reports",
            description = "Output and result indicators, each computed by the system at submission or entered by "
                    + "the partnership, with its unit (reference data).")
    @APIResponse(responseCode = "200", description = "The catalogue, in its order",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = IndicatorView.class)))
    public Uni<List<IndicatorView>> list() {
        return service.catalogue().map(c -> c.stream().map(IndicatorView::of).toList());
    }
}
