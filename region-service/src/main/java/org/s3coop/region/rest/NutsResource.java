package org.s3coop.region.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.s3coop.platform.contract.ContractPatterns;
import org.s3coop.platform.paging.Page;
import org.s3coop.platform.paging.PageRequest;
import org.s3coop.region.domain.NutsFilter;
import org.s3coop.region.rest.dto.NutsRegionDetailsView;
import org.s3coop.region.rest.dto.NutsRegionView;
import org.s3coop.region.service.NutsClassification;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/nuts")
@Tag(name = "NUTS classification", description = "The NUTS 2024 codes regions are registered under (Eurostat; © "
        + "EuroGeographics for the administrative boundaries), for portals' region pickers")
@Produces(MediaType.APPLICATION_JSON)
public class NutsResource {
    @Inject
    NutsClassification classification;

    @GET
    @Operation(operationId = "listNutsRegions", summary = "Browse the NUTS 2024 classification",
            description = "Pages through the codes ordered by code, filtered by level, country, parent and a text (`q`) "
                    + "found in the code or in the name, accents and case ignored (`ile-de` finds Ile-de-France, "
                    + "`baden-wurtt` Baden-Württemberg). Each says whether a region is registered under it.")
    @APIResponse(responseCode = "200", description = "One page of codes")
    public Uni<Page<NutsRegionView>> list(
            @QueryParam("level") @Pattern(regexp = RegionPatterns.NUTS_LEVEL, message = RegionPatterns.NUTS_LEVEL_RULE)
            @Parameter(description = "NUTS level, 0 (countries) to 3", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "0", maximum = "3"), example = "2") String level,
            @QueryParam("country") @Pattern(regexp = RegionPatterns.COUNTRY, message = RegionPatterns.COUNTRY_RULE)
            @Parameter(description = "Level-0 code (Greece is EL)", example = "ES") String country,
            @QueryParam("parent") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE)
            @Parameter(description = "Only the children of this code", example = "ES5") String parent,
            @QueryParam("q") @Size(max = 100) @Parameter(description = "Text in the code or the name; accents and case "
                    + "do not matter", example = "catalu") String q,
            @Valid @BeanParam PageRequest page) {
        var filter = new NutsFilter(level == null ? null : Integer.valueOf(level), country, parent,
                q == null || q.isBlank() ? null : q.strip());
        return classification.list(filter, page).map(p -> p.map(NutsRegionView::of));
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getNutsRegion", summary = "Read a NUTS 2024 code with its children",
            description = "The code, whether a region is registered under it, and its children (one level down), each "
                    + "with the same flag.")
    @APIResponse(responseCode = "200", description = "The code and its children",
            content = @Content(schema = @Schema(implementation = NutsRegionDetailsView.class)))
    @APIResponse(responseCode = "404", description = "Not a code of the classification")
    public Uni<NutsRegionDetailsView> get(@PathParam("code") @Pattern(regexp = ContractPatterns.NUTS_CODE,
            message = ContractPatterns.NUTS_CODE_RULE) @Parameter(example = "ES5") String code) {
        return classification.details(code).map(NutsRegionDetailsView::of);
    }
}
