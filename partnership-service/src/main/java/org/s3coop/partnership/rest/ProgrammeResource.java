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
import org.s3coop.partnership.rest.dto.ProgrammeView;
import org.s3coop.partnership.service.Programmes;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/programmes")
@Tag(name = "Programmes", description = "The formation rules a partnership follows")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeResource {
    @Inject
    Programmes programmes;

    @GET
    @Operation(operationId = "listProgrammes", summary = "List the programmes",
            description = "Reference data: each programme's rules, which set the thresholds of its partnerships' gates "
                    + "(MIN_REGIONS, MIN_COUNTRIES, MIN_LEADS, COMMITMENT_LETTERS, HELIX_DIVERSITY, INVESTMENT_PROJECT). "
                    + "A proposal names one in `programme`; INTERREGIONAL_COOPERATION when it names none.")
    @APIResponse(responseCode = "200", description = "Every programme",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ProgrammeView.class)))
    public Uni<List<ProgrammeView>> list() {
        return programmes.all().map(all -> all.stream().map(ProgrammeView::of).toList());
    }
}
