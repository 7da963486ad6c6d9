package org.s3coop.challenge.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.s3coop.challenge.rest.dto.MemberView;
import org.s3coop.challenge.rest.dto.PutMemberRequest;
import org.s3coop.challenge.service.WorkingGroupService;
import org.s3coop.platform.audit.AuditEntry;
import org.s3coop.platform.audit.AuditQuery;
import org.s3coop.platform.contract.ContractPatterns;
import org.s3coop.platform.paging.Page;
import org.s3coop.platform.paging.PageRequest;
import org.s3coop.platform.rest.Versions;
import org.s3coop.platform.security.Caller;
import org.s3coop.platform.versioning.ExpectedVersion;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/working-group/members")
@Tag(name = "Working group", description = "The regions of the working group and their representatives; only members "
        + "vote in the rounds the working group opens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkingGroupResource {
    private static final String AUTH_RULE = " An admin admits a region and may change or remove any membership; a "
            + "region's editor registers its own region's representatives once it is a member, and may take it out.";

    @Inject
    WorkingGroupService service;
    @Inject
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listWorkingGroupMembers", summary = "The working group's members, by region code",
            description = "The regions admitted to the working group, ordered by region code, each with its "
                    + "representatives' organisations; paged")
    @APIResponse(responseCode = "200", description = "One page of members")
    public Uni<Page<MemberView>> list(@Valid @BeanParam PageRequest pageRequest) {
        return service.list(pageRequest).map(p -> p.map(MemberView::of));
    }

    @GET
    @Path("/{regionCode}")
    @Operation(operationId = "getWorkingGroupMember", summary = "A member region", description = "The ETag header is its version.")
    @APIResponse(responseCode = "200", description = "The member",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "404", description = "The region is not a member")
    public Uni<Response> get(@PathParam("regionCode") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE)
    @Parameter(example = "ES51") String regionCode) {
        return service.get(regionCode).map(m -> Versions.ok(MemberView.of(m), m.version));
    }

    @PUT
    @Path("/{regionCode}")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "putWorkingGroupMember", summary = "Admit a region, or change its representatives",
            description = "Admits a known, active region to the working group (201), or replaces its representatives "
                    + "(200). Honours If-Match (a region that is not a member has version 0)." + AUTH_RULE
                    + " Publishes org.s3coop.workinggroup.member-joined.v1 or member-updated.v1.")
    @APIResponse(responseCode = "201", description = "The region joined",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "200", description = "The membership changed",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    @APIResponse(responseCode = "422", description = "The region is not known or is retired")
    public Uni<Response> put(@PathParam("regionCode") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE)
    @Parameter(example = "ES51") String regionCode,
            @HeaderParam("If-Match") @Parameter(description = "The version read, e.g. \"1\"") String ifMatch,
            @NotNull @Valid PutMemberRequest body) {
        return service.put(body.toCommand(regionCode), ExpectedVersion.ifMatch(ifMatch)).map(put -> {
            MemberView view = MemberView.of(put.member());
            if (put.joined()) {
                return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/working-group/members")
                        .path(regionCode).build()).tag(Versions.etag(put.member().version)).entity(view).build();
            }
            return Versions.ok(view, put.member().version);
        });
    }

    @DELETE
    @Path("/{regionCode}")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "removeWorkingGroupMember", summary = "Take a region out of the working group",
            description = "The region is no longer a member: it no longer votes in members-only rounds; its votes already "
                    + "cast stay. Honours If-Match." + AUTH_RULE + " Publishes org.s3coop.workinggroup.member-left.v1.")
    @APIResponse(responseCode = "200", description = "The membership as it was when the region left",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "404", description = "The region is not a member")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public Uni<Response> remove(@PathParam("regionCode") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE)
    @Parameter(example = "ES51") String regionCode,
            @HeaderParam("If-Match") @Parameter(description = "The version read, e.g. \"1\"") String ifMatch) {
        return service.remove(regionCode, ExpectedVersion.ifMatch(ifMatch))
                .map(m -> Versions.ok(MemberView.of(m), m.version));
    }

    @GET
    @Path("/{regionCode}/audit")
    @Operation(operationId = "getWorkingGroupMemberAudit", summary = "The audit trail of a region's membership",
            description = "Every change, oldest first, also after the region left: joining, representatives, leaving.")
    @APIResponse(responseCode = "200", description = "One page of the audit trail")
    @APIResponse(responseCode = "404", description = "The region never was a member")
    public Uni<Page<AuditEntry>> audit(@PathParam("regionCode") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE)
    @Parameter(example = "ES51") String regionCode,
            @Valid @BeanParam AuditQuery query, @Valid @BeanParam PageRequest pageRequest) {
        return service.audit(regionCode, query, pageRequest);
    }
}
