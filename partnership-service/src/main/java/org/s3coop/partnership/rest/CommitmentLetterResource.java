package org.s3coop.partnership.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.s3coop.partnership.rest.dto.PartnershipView;
import org.s3coop.partnership.rest.dto.PutCommitmentLetter;
import org.s3coop.partnership.service.PartnershipService;
import org.s3coop.platform.contract.ContractPatterns;
import org.s3coop.platform.security.Caller;
import org.s3coop.platform.versioning.ExpectedVersion;

import io.smallrye.mutiny.Uni;

/** The commitment letters of a partnership's member regions: one per region, the COMMITMENT_LETTERS criterion's evidence. */
@Path("/api/v1/partnerships/{id}/commitment-letters/{regionCode}")
@Tag(name = "Commitment letters", description = "The member regions' signed commitment to the partnership")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
@APIResponse(responseCode = "200", description = "The partnership now",
        content = @Content(schema = @Schema(implementation = PartnershipView.class)))
@APIResponse(responseCode = "404", description = "No such partnership (or, removing, no letter of the region)")
@APIResponse(responseCode = "409", description = "The partnership is closed")
@APIResponse(responseCode = "412", description = "If-Match names an older version")
public class CommitmentLetterResource {
    @Inject
    PartnershipService service;

    @PUT
    @Operation(operationId = "putCommitmentLetter", summary = "Record a member region's commitment letter",
            description = "Records or replaces the letter of an active member region, by the leads' editors or the "
                    + "region's own. It counts for COMMITMENT_LETTERS (where the programme requires letters) while it "
                    + "is signed, not expired, and holds for the programme's minimum months from its signing. Honours "
                    + "If-Match. Publishes org.s3coop.partnership.commitment-letter-updated.v1.")
    @APIResponse(responseCode = "400", description = "Invalid input, a letter dated after today, or one that ends "
            + "before it is signed")
    @APIResponse(responseCode = "403", description = "The caller lacks the right (`missingRight`: RECORD_LETTER)")
    @APIResponse(responseCode = "422", description = "The region is not an active member")
    public Uni<Response> put(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @PathParam("regionCode") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE) String regionCode,
            @HeaderParam("If-Match") @Parameter(description = "The version read, e.g. \"3\"") String ifMatch,
            @NotNull @Valid PutCommitmentLetter body) {
        return service.recordLetter(UUID.fromString(id), regionCode, body.toCommand(), ExpectedVersion.ifMatch(ifMatch))
                .map(MembershipResource::ok);
    }

    @DELETE
    @Operation(operationId = "removeCommitmentLetter", summary = "Remove a member region's commitment letter",
            description = "By the leads' editors or the region's own. Honours If-Match. Publishes "
                    + "org.s3coop.partnership.commitment-letter-updated.v1.")
    @APIResponse(responseCode = "403", description = "The caller lacks the right (`missingRight`: REMOVE_LETTER)")
    public Uni<Response> remove(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @PathParam("regionCode") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE) String regionCode,
            @HeaderParam("If-Match") String ifMatch) {
        return service.removeLetter(UUID.fromString(id), regionCode, ExpectedVersion.ifMatch(ifMatch))
                .map(MembershipResource::ok);
    }
}
