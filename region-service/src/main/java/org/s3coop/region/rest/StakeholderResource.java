package org.s3coop.region.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.s3coop.platform.contract.ContractPatterns;
import org.s3coop.platform.idempotency.Idempotent;
import org.s3coop.platform.paging.PageRequest;
import org.s3coop.platform.rest.Csv;
import org.s3coop.platform.security.Caller;
import org.s3coop.region.rest.dto.AddStakeholderRequest;
import org.s3coop.region.rest.dto.StakeholderView;
import org.s3coop.region.service.StakeholderService;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/regions/{code}/stakeholders")
@Tag(name = "Stakeholders", description = "Organisations of a region's innovation ecosystem")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StakeholderResource {
    @Inject
    StakeholderService service;
    @Inject
    UriInfo uriInfo;
    @Inject
    HttpHeaders headers;

    private static final List<Representation> LIST_REPRESENTATIONS = List.of(Representation.JSON, Representation.CSV);

    @POST
    @Idempotent
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "addStakeholder", summary = "Add a stakeholder to a region",
            description = "Adds an organisation of the region's innovation ecosystem (university, cluster, company, "
                    + "public body, ...); 201 with its URL in Location. An editor of the region or an admin.")
    @APIResponse(responseCode = "201", description = "Added; Location names it",
            content = @Content(schema = @Schema(implementation = StakeholderView.class)))
    @APIResponse(responseCode = "404", description = "No such region")
    @APIResponse(responseCode = "409", description = "The region is retired")
    public Uni<Response> add(@PathParam("code") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE) String code,
            @NotNull @Valid AddStakeholderRequest body) {
        return service.add(body.toCommand(code)).map(s -> Response.created(uriInfo.getBaseUriBuilder()
                .path("api/v1/regions").path(code).path("stakeholders").path(s.id.toString()).build())
                .entity(StakeholderView.of(s)).build());
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, RegionCsv.MEDIA_TYPE })
    @Operation(operationId = "listStakeholders", summary = "List a region's stakeholders",
            description = "Ordered by name. By `Accept`: JSON (the page) or `text/csv` (the page's stakeholders, one row "
                    + "each; the totals in `X-Total-Count` and `X-Total-Pages`).")
    @APIResponse(responseCode = "200", description = "One page of stakeholders", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StakeholderPage.class)),
            @Content(mediaType = RegionCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "id,regionCode,name,type,createdAt\r\n0b6c...,ES51,Universitat de Barcelona,UNIVERSITY,"
                            + "2026-03-02T09:15:30Z\r\n") })
    @APIResponse(responseCode = "404", description = "No such region")
    @APIResponse(responseCode = "406", description = "Accept names neither JSON nor CSV")
    public Uni<Response> list(
            @PathParam("code") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE) String code,
            @Valid @BeanParam PageRequest page) {
        Representation as = Representation.of(headers, LIST_REPRESENTATIONS);
        return service.list(code, page).map(p -> p.map(StakeholderView::of)).map(found -> as == Representation.JSON
                ? Response.ok(found, MediaType.APPLICATION_JSON_TYPE).build()
                : as.page(found, Csv.write(RegionCsv.STAKEHOLDER_COLUMNS, found.items(), s -> new Object[] {
                        s.id(), s.regionCode(), s.name(), s.type(), s.createdAt() })));
    }

    /** The JSON page of stakeholders (for the OpenAPI document: the list answers CSV too). */
    @Schema(name = "PageStakeholderView")
    public record StakeholderPage(List<StakeholderView> items, int page, int size, long totalItems, int totalPages) {
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getStakeholder", summary = "Read a stakeholder",
            description = "One stakeholder of the region, by its id")
    @APIResponse(responseCode = "200", description = "The stakeholder",
            content = @Content(schema = @Schema(implementation = StakeholderView.class)))
    @APIResponse(responseCode = "404", description = "No such stakeholder in this region")
    public Uni<StakeholderView> get(@PathParam("code") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE) String code,
            @PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id) {
        return service.get(code, UUID.fromString(id)).map(StakeholderView::of);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "removeStakeholder", summary = "Remove a stakeholder from a region",
            description = "Removes the stakeholder; 204. An editor of the region or an admin.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such stakeholder in this region")
    public Uni<Response> remove(@PathParam("code") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE) String code,
            @PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id) {
        return service.remove(code, UUID.fromString(id)).replaceWith(Response.noContent().build());
    }
}
