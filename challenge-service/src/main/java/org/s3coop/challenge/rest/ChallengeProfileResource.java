package org.s3coop.challenge.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.s3coop.challenge.rest.dto.ChallengeProfileView;
import org.s3coop.challenge.service.ChallengeProfileService;
import org.s3coop.platform.contract.ContractPatterns;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/regions/{code}/challenge-profile")
@Tag(name = "Challenge profiles", description = "A region's part in the working group's learning loop")
@Produces(MediaType.APPLICATION_JSON)
public class ChallengeProfileResource {
    @Inject
    ChallengeProfileService service;

    @GET
    @Operation(operationId = "getChallengeProfile", summary = "A region's challenge profile",
            description = "Its open challenges by cluster (raised on the region or on a partnership it is a member of, "
                    + "as the partnership read model knows them), the good practices it adopts and their status, the "
                    + "rounds it voted in, and its working-group membership. Served by challenge-service.")
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(schema = @Schema(implementation = ChallengeProfileView.class)))
    @APIResponse(responseCode = "404", description = "The region is not known to challenge-service")
    public Uni<ChallengeProfileView> profile(@PathParam("code") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE)
    @Parameter(example = "ES51") String code) {
        return service.profile(code).map(ChallengeProfileView::of);
    }
}
