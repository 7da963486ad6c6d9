package org.s3coop.region.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.s3coop.platform.idempotency.Idempotent;
import org.s3coop.platform.paging.Page;
import org.s3coop.platform.paging.PageRequest;
import org.s3coop.platform.rest.ContractPatterns;
import org.s3coop.platform.rest.Versions;
import org.s3coop.platform.security.Caller;
import org.s3coop.platform.versioning.ExpectedVersion;
import org.s3coop.region.domain.PartnerSuggestion;
import org.s3coop.region.domain.RegionFilter;
import org.s3coop.region.rest.dto.RegionView;
import org.s3coop.region.rest.dto.RegisterRegionRequest;
import org.s3coop.region.rest.dto.UpdateRegionRequest;
import org.s3coop.region.service.PartnerSuggestionService;
import org.s3coop.region.service.RegionDetails;
import org.s3coop.region.service.RegionService;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/regions")
@Tag(name = "Regions", description = "Regions (NUTS codes) and their S3 priorities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegionResource {
    @Inject
    RegionService service;
    @Inject
    PartnerSuggestionService suggestions;
    @Inject
    UriInfo uriInfo;

    @POST
    @Idempotent
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "registerRegion", summary = "Register a region",
            description = "Registers a region by NUTS code. Editors may register only the codes of their `regions` claim. "
                    + "Publishes org.s3coop.region.registered.v1.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the region",
            content = @Content(schema = @Schema(implementation = RegionView.class)))
    @APIResponse(responseCode = "409", description = "A region with this code exists")
    public Uni<Response> register(@NotNull @Valid RegisterRegionRequest body) {
        return service.register(body.toCommand()).map(d -> Response.created(location(d.region().code))
                .tag(Versions.etag(d.region().version)).entity(RegionView.of(d)).build());
    }

    @GET
    @Operation(operationId = "listRegions", summary = "List regions",
            description = "Pages through regions ordered by code, filtered by country, priority code, active flag and a "
                    + "text (`q`) found in the name or code.")
    @APIResponse(responseCode = "200", description = "One page of regions")
    public Uni<Page<RegionView>> list(
            @QueryParam("country") @Pattern(regexp = RegionPatterns.COUNTRY, message = RegionPatterns.COUNTRY_RULE)
            @Parameter(description = "Country code (first two letters of the NUTS code)", example = "ES") String country,
            @QueryParam("priority") @Pattern(regexp = RegionPatterns.PRIORITY_CODE, message = RegionPatterns.PRIORITY_CODE_RULE)
            @Parameter(description = "A priority code the region lists", example = "C21") String priority,
            @QueryParam("active") @Pattern(regexp = RegionPatterns.BOOLEAN, message = RegionPatterns.BOOLEAN_RULE)
            @Parameter(description = "true: only active regions; false: only retired ones",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String active,
            @QueryParam("q") @Size(max = 100) @Parameter(description = "Text in name or code", example = "cat") String q,
            @Valid @BeanParam PageRequest page) {
        var filter = new RegionFilter(country, priority, active == null ? null : Boolean.valueOf(active),
                q == null || q.isBlank() ? null : q.strip());
        return service.list(filter, page).map(p -> p.map(RegionView::of));
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getRegion", summary = "Read a region", description = "The ETag header is its version.")
    @APIResponse(responseCode = "200", description = "The region",
            content = @Content(schema = @Schema(implementation = RegionView.class)))
    @APIResponse(responseCode = "404", description = "No such region")
    public Uni<Response> get(@PathParam("code") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE)
    @Parameter(example = "ES51") String code) {
        return service.details(code).map(RegionResource::ok);
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "updateRegion", summary = "Describe a region anew",
            description = "Replaces name, NUTS version and priorities. Honours If-Match. Publishes "
                    + "org.s3coop.region.updated.v1.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = RegionView.class)))
    @APIResponse(responseCode = "404", description = "No such region")
    @APIResponse(responseCode = "409", description = "Changed concurrently by another request")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Uni<Response> update(@PathParam("code") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE) String code,
            @HeaderParam("If-Match") @Parameter(description = "The version read, e.g. \"3\"") String ifMatch,
            @NotNull @Valid UpdateRegionRequest body) {
        return service.update(body.toCommand(code), ExpectedVersion.ifMatch(ifMatch)).map(RegionResource::ok);
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "retireRegion", summary = "Retire a region",
            description = "Marks the region inactive; it stays readable. Honours If-Match. Publishes "
                    + "org.s3coop.region.retired.v1 (once: retiring again changes nothing).")
    @APIResponse(responseCode = "204", description = "Retired")
    @APIResponse(responseCode = "404", description = "No such region")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Uni<Response> retire(@PathParam("code") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE) String code,
            @HeaderParam("If-Match") String ifMatch) {
        return service.retire(code, ExpectedVersion.ifMatch(ifMatch)).map(r -> Response.noContent().tag(Versions.etag(r.version)).build());
    }

    @GET
    @Path("/{code}/partner-suggestions")
    @Operation(operationId = "suggestPartners", summary = "Suggest partner regions",
            description = "Active regions of other countries ranked by score = 0.6 × similarity + 0.4 × complementarity "
                    + "(see docs/region-service.md), then by code. Regions scoring 0 are left out.")
    @APIResponse(responseCode = "200", description = "Suggestions, best first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PartnerSuggestion.class)))
    @APIResponse(responseCode = "404", description = "No such region")
    public Uni<List<PartnerSuggestion>> partnerSuggestions(
            @PathParam("code") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE) String code,
            @QueryParam("limit") @DefaultValue("10") @Pattern(regexp = RegionPatterns.SUGGESTION_LIMIT, message = RegionPatterns.SUGGESTION_LIMIT_RULE)
            @Parameter(description = "How many suggestions, 1 to 50", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "10")) String limit) {
        return suggestions.suggest(code, Integer.parseInt(limit));
    }

    /** The request's If-Match, checked by the service on the locked region. */

    private static Response ok(RegionDetails details) {
        return Versions.ok(RegionView.of(details), details.region().version);
    }

    private URI location(String code) {
        return uriInfo.getBaseUriBuilder().path("api/v1/regions").path(code).build();
    }
}
