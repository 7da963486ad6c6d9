package org.s3coop.partnership.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
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
import org.s3coop.partnership.domain.ComplementarityMap;
import org.s3coop.partnership.domain.FundingPlan;
import org.s3coop.partnership.domain.Partnership;
import org.s3coop.partnership.domain.PilotReport;
import org.s3coop.partnership.domain.ScopingNote;
import org.s3coop.partnership.rest.dto.PartnershipView;
import org.s3coop.partnership.service.PartnershipService;
import org.s3coop.platform.contract.ContractPatterns;
import org.s3coop.platform.rest.Versions;
import org.s3coop.platform.security.Caller;
import org.s3coop.platform.versioning.ExpectedVersion;

import io.smallrye.mutiny.Uni;

/**
 * The evidence of each stage, recorded by the editors of an active lead region. Each PUT replaces one document, honours
 * If-Match, answers the partnership as it now is and publishes org.s3coop.partnership.evidence-updated.v1
 * (data.evidence names the document).
 */
@Path("/api/v1/partnerships/{id}/evidence")
@Tag(name = "Evidence", description = "Scoping note, complementarity map, pilot report, funding plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
@APIResponse(responseCode = "200", description = "The partnership now",
        content = @Content(schema = @Schema(implementation = PartnershipView.class)))
@APIResponse(responseCode = "403", description = "Not an editor of an active lead region (`missingRight`: RECORD_EVIDENCE)")
@APIResponse(responseCode = "404", description = "No such partnership")
@APIResponse(responseCode = "409", description = "The partnership is closed")
@APIResponse(responseCode = "412", description = "If-Match names an older version")
public class EvidenceResource {
    @Inject
    PartnershipService service;

    @PUT
    @Path("/scoping-note")
    @Operation(operationId = "putScopingNote", summary = "Record the scoping note",
            description = "Objective and draft action plan; both are needed to pass SCOPING→MAPPING (SCOPING_NOTE).")
    public Uni<Response> scopingNote(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @HeaderParam("If-Match") @Parameter(description = "The version read, e.g. \"3\"") String ifMatch,
            @NotNull @Valid ScopingNote body) {
        return service.recordScopingNote(UUID.fromString(id), body, ExpectedVersion.ifMatch(ifMatch)).map(EvidenceResource::ok);
    }

    @PUT
    @Path("/complementarity-map")
    @Operation(operationId = "putComplementarityMap", summary = "Record the complementarity map",
            description = "Per member region: role, contribution, value-chain segment. Every member needs a role and a "
                    + "contribution to pass MAPPING→PILOT (COMPLEMENTARITY_MAP). Entries must name member regions (422).")
    @APIResponse(responseCode = "422", description = "An entry names a region that is not a member")
    public Uni<Response> complementarityMap(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ComplementarityMap body) {
        return service.recordComplementarityMap(UUID.fromString(id), body, ExpectedVersion.ifMatch(ifMatch)).map(EvidenceResource::ok);
    }

    @PUT
    @Path("/pilot-report")
    @Operation(operationId = "putPilotReport", summary = "Record the pilot report",
            description = "Demonstrators and their results; one with a result is needed to pass PILOT→SCALE_UP (PILOT_REPORT).")
    public Uni<Response> pilotReport(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid PilotReport body) {
        return service.recordPilotReport(UUID.fromString(id), body, ExpectedVersion.ifMatch(ifMatch)).map(EvidenceResource::ok);
    }

    @PUT
    @Path("/funding-plan")
    @Operation(operationId = "putFundingPlan", summary = "Record the funding plan",
            description = "Sources (EU, NATIONAL, REGIONAL, PRIVATE) with amounts in EUR; one committed source with an "
                    + "amount above 0 is needed to pass PILOT→SCALE_UP (COMMITTED_FUNDING).")
    public Uni<Response> fundingPlan(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid FundingPlan body) {
        return service.recordFundingPlan(UUID.fromString(id), body, ExpectedVersion.ifMatch(ifMatch)).map(EvidenceResource::ok);
    }

    private static Response ok(Partnership p) {
        return Versions.ok(PartnershipView.of(p), p.version);
    }
}
