package org.s3coop.region.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.s3coop.platform.audit.AuditEntry;
import org.s3coop.platform.audit.AuditQuery;
import org.s3coop.platform.contract.ContractPatterns;
import org.s3coop.platform.idempotency.Idempotent;
import org.s3coop.platform.paging.Page;
import org.s3coop.platform.paging.PageRequest;
import org.s3coop.platform.problem.PlatformProblem;
import org.s3coop.platform.problem.Problem;
import org.s3coop.platform.problem.ProblemException;
import org.s3coop.platform.rest.Csv;
import org.s3coop.platform.rest.PathRule;
import org.s3coop.platform.rest.ProblemResponsesFilter;
import org.s3coop.platform.rest.Versions;
import org.s3coop.platform.security.Caller;
import org.s3coop.platform.versioning.ExpectedVersion;
import org.s3coop.region.domain.LevelScope;
import org.s3coop.region.domain.PartnerSuggestion;
import org.s3coop.region.domain.RegionFilter;
import org.s3coop.region.rest.dto.RegionImportReport;
import org.s3coop.region.rest.dto.RegionView;
import org.s3coop.region.rest.dto.RegisterRegionRequest;
import org.s3coop.region.rest.dto.UpdateRegionRequest;
import org.s3coop.region.service.ImportResult;
import org.s3coop.region.service.PartnerSuggestionService;
import org.s3coop.region.service.RegionDetails;
import org.s3coop.region.service.RegionImportService;
import org.s3coop.region.service.RegionService;
import org.s3coop.region.service.command.ImportMode;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

@Path("/api/v1/regions")
@Tag(name = "Regions", description = "Regions (codes of the NUTS 2024 classification) and their S3 priorities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegionResource {
    private static final List<Representation> LIST_REPRESENTATIONS = List.of(Representation.JSON, Representation.CSV,
            Representation.GEO_JSON);
    private static final String IMPORT_EXAMPLE = """
            code,name,priorities,stakeholders
            ES51,,ECONOMIC_DOMAIN:C21;POLICY_OBJECTIVE:HEALTH,UNIVERSITY:Universitat de Barcelona
            ES52,Comunitat Valenciana,ECONOMIC_DOMAIN:C23;POLICY_OBJECTIVE:CIRCULAR_ECONOMY,
            """;

    @Inject
    RegionService service;
    @Inject
    RegionImportService imports;
    @Inject
    PartnerSuggestionService suggestions;
    @Inject
    UriInfo uriInfo;
    @Inject
    HttpHeaders headers;
    @Inject
    ObjectMapper json;

    /** Most data rows one import takes (the body's size is limited by s3coop.http.max-body-size too). */
    @ConfigProperty(name = "s3coop.import.max-rows", defaultValue = "1000")
    int maxImportRows;

    @POST
    @Idempotent
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "registerRegion", summary = "Register a region",
            description = "Registers a region under a code of the NUTS 2024 classification (GET /api/v1/nuts; Greece is "
                    + "EL). Editors may register only the codes of their `regions` claim. Without `name`, the region "
                    + "takes the official name. Publishes org.s3coop.region.registered.v1.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the region",
            content = @Content(schema = @Schema(implementation = RegionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid: a code that is not a NUTS 2024 code (the violation on "
            + "`code` says why, e.g. Greece is EL), another NUTS version than 2024, an unknown priority")
    @APIResponse(responseCode = "409", description = "A region with this code exists")
    public Uni<Response> register(@NotNull @Valid RegisterRegionRequest body) {
        return service.register(body.toCommand()).map(d -> Response.created(location(d.region().code))
                .tag(Versions.etag(d.region().version)).entity(RegionView.of(d)).build());
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, RegionCsv.MEDIA_TYPE, RegionGeoJson.MEDIA_TYPE })
    @Operation(operationId = "listRegions", summary = "List regions",
            description = "Pages through regions ordered by code, filtered by country, priority code, active flag and a "
                    + "text (`q`) found in the name or code. By `Accept`: JSON (the page), `text/csv` (the page's "
                    + "regions, one row each, priorities as `FAMILY:CODE;...`: the columns a region import reads, then "
                    + "read-only ones) or `application/geo+json` (a FeatureCollection of the regions' NUTS label points "
                    + "in WGS 84, for GIS tools). CSV and GeoJSON carry the totals in `X-Total-Count` and `X-Total-Pages`.")
    @APIResponse(responseCode = "200", description = "One page of regions", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionPage.class)),
            @Content(mediaType = RegionCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "code,name,priorities,officialName,country,level,parent,euMemberState,nutsVersion,active,"
                            + "version,activePartnerships\r\nES51,Cataluña,ECONOMIC_DOMAIN:C21,Cataluña,ES,2,ES5,true,"
                            + "2024,true,1,0\r\n"),
            @Content(mediaType = RegionGeoJson.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT,
                    description = "GeoJSON FeatureCollection (RFC 7946): Point features, id = code, properties = the "
                            + "region as in JSON; foreign members page, size, totalItems, totalPages")) })
    @APIResponse(responseCode = "406", description = "Accept names none of JSON, CSV, GeoJSON")
    public Uni<Response> list(
            @QueryParam("country") @Pattern(regexp = RegionPatterns.COUNTRY, message = RegionPatterns.COUNTRY_RULE)
            @Parameter(description = "Country: the level-0 code (first two letters of the NUTS code)", example = "ES") String country,
            @QueryParam("priority") @Pattern(regexp = RegionPatterns.PRIORITY_CODE, message = RegionPatterns.PRIORITY_CODE_RULE)
            @Parameter(description = "A priority code the region lists", example = "C21") String priority,
            @QueryParam("active") @Pattern(regexp = RegionPatterns.BOOLEAN, message = RegionPatterns.BOOLEAN_RULE)
            @Parameter(description = "true: only active regions; false: only retired ones",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String active,
            @QueryParam("q") @Size(max = 100) @Parameter(description = "Text in name or code", example = "cat") String q,
            @Valid @BeanParam PageRequest page) {
        var filter = new RegionFilter(country, priority, active == null ? null : Boolean.valueOf(active),
                q == null || q.isBlank() ? null : q.strip());
        Representation as = Representation.of(headers, LIST_REPRESENTATIONS);
        return service.list(filter, page).map(found -> switch (as) {
            case JSON -> Response.ok(found.map(RegionView::of), MediaType.APPLICATION_JSON_TYPE).build();
            case CSV -> as.page(found, Csv.write(RegionCsv.REGION_COLUMNS, found.items(), RegionResource::csvRow));
            case GEO_JSON -> as.page(found, RegionGeoJson.write(found, json));
        });
    }

    /** The JSON page of regions (for the OpenAPI document: the list answers other types too). */
    @Schema(name = "PageRegionView")
    public record RegionPage(List<RegionView> items, int page, int size, long totalItems, int totalPages) {
    }

    private static Object[] csvRow(RegionDetails d) {
        RegionView r = RegionView.of(d);
        return new Object[] { r.code(), r.name(), RegionCsv.priorityCell(r.priorities()), r.officialName(), r.country(),
                r.level(), r.parent(), r.euMemberState(), r.nutsVersion(), r.active(), r.version(),
                r.cooperation().activePartnerships() };
    }

    @POST
    @Path("/import")
    @Idempotent
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "importRegions", summary = "Register or describe many regions from a CSV file",
            description = "A CSV file (RFC 4180, UTF-8, header row) with the columns `code` (required), `name` "
                    + "(empty: the official name), `priorities` (`FAMILY:CODE;FAMILY:CODE`; a code the region has keeps "
                    + "its label) and `stakeholders` (optional, `TYPE:Name;TYPE:Name`: added unless the region has them). "
                    + "The other columns of the regions' CSV export are ignored, any other column is refused. Every row "
                    + "is checked first, as POST and PUT check one region (a NUTS 2024 code, not retired, listed once; "
                    + "catalogue priorities). `mode=all` (default): if a row is invalid nothing is written and the "
                    + "answer is 400 with every violation (`rows[i].field`) and the report in `report`; a row of a region "
                    + "an editor may not change is a 403. `mode=valid-rows`: the valid rows are written and the invalid "
                    + "ones (an editor's rows of other regions too) reported; 403 if none is the editor's. "
                    + "A row registers the region (org.s3coop.region.registered.v1), describes it anew "
                    + "(org.s3coop.region.updated.v1) or, when it changes nothing, leaves it as it is (no version, no "
                    + "event). At most `s3coop.import.max-rows` rows (default 1000; 400 import-too-many-rows) and "
                    + "`s3coop.http.max-body-size` bytes (413).")
    @RequestBody(content = @Content(mediaType = RegionCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "two regions", value = IMPORT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The report: what each row did",
            content = @Content(schema = @Schema(implementation = RegionImportReport.class)))
    @APIResponse(responseCode = "400", description = "Not CSV, an unknown column, too many rows, or (mode all) an "
            + "invalid row: nothing was written; `report` holds the report")
    @APIResponse(responseCode = "403", description = "A row of a region the editor may not change (mode all), or only such rows")
    @APIResponse(responseCode = "413", description = "The body is larger than s3coop.http.max-body-size")
    @APIResponse(responseCode = "415", description = "The body is not text/csv")
    public Uni<Response> importRegions(
            @QueryParam("mode") @DefaultValue("all") @Pattern(regexp = RegionPatterns.IMPORT_MODE,
                    message = RegionPatterns.IMPORT_MODE_RULE)
            @Parameter(description = "all: nothing is written if a row is invalid; valid-rows: the valid rows are",
                    schema = @Schema(enumeration = { "all", "valid-rows" }, defaultValue = "all")) String mode,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) @Parameter(hidden = true) String contentType, String body) {
        // any type is taken in, so that authentication and roles are checked before the type (401/403 come first)
        if (!Csv.isCsv(contentType)) {
            throw PlatformProblem.UNSUPPORTED_MEDIA_TYPE.exception("The import is a CSV file: send it as text/csv "
                    + "(UTF-8), not " + contentType);
        }
        ImportMode importMode = "valid-rows".equals(mode) ? ImportMode.VALID_ROWS : ImportMode.ALL;
        var rows = RegionCsv.importRows(body, maxImportRows);
        return imports.importRows(rows, importMode).map(result -> {
            RegionImportReport report = RegionImportReport.of(result);
            if (!result.written()) {
                throw new ProblemException(new Problem(PlatformProblem.VALIDATION.uri(), PlatformProblem.VALIDATION.title(),
                        PlatformProblem.VALIDATION.status(), report.invalid() + " of " + rows.size() + " rows are invalid; "
                                + "nothing was written (mode=valid-rows writes the valid ones)", null, violations(result),
                        Map.of("report", report)));
            }
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        });
    }

    /** Every row's violations, as fields of the body: {@code rows[i].code}. */
    private static List<Problem.Violation> violations(ImportResult result) {
        List<ImportResult.Row> rows = result.rows();
        return java.util.stream.IntStream.range(0, rows.size()).boxed().flatMap(i -> rows.get(i).violations().stream()
                .map(v -> new Problem.Violation("rows[" + i + "]." + v.field(), "line " + rows.get(i).line() + ": "
                        + v.message()))).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getRegion", summary = "Read a region", description = "The ETag header is its version.")
    @APIResponse(responseCode = "200", description = "The region",
            content = @Content(schema = @Schema(implementation = RegionView.class)))
    @APIResponse(responseCode = "404", description = "No such region")
    public Uni<RestResponse<RegionView>> get(@PathParam("code") @Parameter(example = "ES51",
            schema = @Schema(type = SchemaType.STRING, pattern = ContractPatterns.NUTS_CODE)) String code) {
        return service.details(PathRule.NUTS_CODE.check("code", code))
                .map(d -> Versions.okTyped(RegionView.of(d), d.region().version));
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
    @Operation(operationId = "updateRegion", summary = "Describe a region anew",
            description = "Replaces name (none given: the official name) and priorities. Honours If-Match. Publishes "
                    + "org.s3coop.region.updated.v1 when something changed; a description that changes nothing keeps "
                    + "the version and publishes nothing.")
    @APIResponse(responseCode = "200", description = "Updated (or unchanged)",
            content = @Content(schema = @Schema(implementation = RegionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid, or the region's code is not a NUTS 2024 code (a region "
            + "registered before codes were checked)")
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
    @APIResponse(responseCode = "204", description = "Retired; its new version in ETag",
            headers = @Header(name = "ETag", ref = ProblemResponsesFilter.ETAG))
    @APIResponse(responseCode = "404", description = "No such region")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Uni<Response> retire(@PathParam("code") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE) String code,
            @HeaderParam("If-Match") String ifMatch) {
        return service.retire(code, ExpectedVersion.ifMatch(ifMatch)).map(r -> Response.noContent().tag(Versions.etag(r.version)).build());
    }

    @GET
    @Path("/{code}/audit")
    @Operation(operationId = "getRegionAudit", summary = "A region's audit trail",
            description = "Every change of the region and of its stakeholders, oldest first: who (`actor`: the token's "
                    + "name), when, what (`entity` region or stakeholder, `action` REGISTER, UPDATE, RETIRE, ADD, "
                    + "REMOVE) and each changed field before and after. Filtered by actor and time.")
    @APIResponse(responseCode = "200", description = "One page of entries")
    @APIResponse(responseCode = "404", description = "No such region")
    public Uni<Page<AuditEntry>> audit(
            @PathParam("code") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE)
            @Parameter(example = "ES51") String code,
            @Valid @BeanParam AuditQuery query, @Valid @BeanParam PageRequest page) {
        return service.audit(code, query, page);
    }

    @GET
    @Path("/{code}/partner-suggestions")
    @Operation(operationId = "suggestPartners", summary = "Suggest partner regions",
            description = "Active regions of other countries (level-0 codes) at the region's NUTS level (`level=any` "
                    + "widens), not already in an active partnership with it on a priority both list "
                    + "(`includePartners=true` keeps them), ranked by score = 0.6 × similarity + 0.4 × complementarity "
                    + "(see docs/region-service.md), then by code. Regions scoring 0 are left out.")
    @APIResponse(responseCode = "200", description = "Suggestions, best first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PartnerSuggestion.class)))
    @APIResponse(responseCode = "404", description = "No such region")
    public Uni<List<PartnerSuggestion>> partnerSuggestions(
            @PathParam("code") @Pattern(regexp = ContractPatterns.NUTS_CODE, message = ContractPatterns.NUTS_CODE_RULE) String code,
            @QueryParam("limit") @DefaultValue("10") @Pattern(regexp = RegionPatterns.SUGGESTION_LIMIT, message = RegionPatterns.SUGGESTION_LIMIT_RULE)
            @Parameter(description = "How many suggestions, 1 to 50", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "10")) String limit,
            @QueryParam("level") @DefaultValue("same") @Pattern(regexp = RegionPatterns.SUGGESTION_LEVEL, message = RegionPatterns.SUGGESTION_LEVEL_RULE)
            @Parameter(description = "same: the region's own NUTS level; any: every level; 0 to 3: that level",
                    schema = @Schema(type = SchemaType.STRING, defaultValue = "same"), example = "any") String level,
            @QueryParam("includePartners") @DefaultValue("false") @Pattern(regexp = RegionPatterns.BOOLEAN, message = RegionPatterns.BOOLEAN_RULE)
            @Parameter(description = "true: also regions already in an active partnership with it on a shared priority",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String includePartners) {
        LevelScope scope = switch (level) {
            case "same" -> LevelScope.SAME;
            case "any" -> LevelScope.ANY;
            default -> LevelScope.of(Integer.parseInt(level));
        };
        return suggestions.suggest(code, Integer.parseInt(limit), scope, Boolean.parseBoolean(includePartners));
    }

    private static Response ok(RegionDetails details) {
        return Versions.ok(RegionView.of(details), details.region().version);
    }

    private URI location(String code) {
        return uriInfo.getBaseUriBuilder().path("api/v1/regions").path(code).build();
    }
}
