package org.s3coop.platform.rest;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.s3coop.platform.idempotency.IdempotencyOpenApi;

/**
 * Documents on every operation the error answers that every operation can give (problem+json), and bearer
 * authentication on every write. Operation-specific answers (404, 409, 412, 422) are declared on the resources
 * with a description only; this filter gives every 4xx and 5xx answer the problem+json schema. Every POST also
 * gets the optional {@code Idempotency-Key} header and its answers ({@link IdempotencyOpenApi}). Reads declare the
 * bearer token as optional ({@code security: [{}, {bearer: []}]}). Then the rules that make the document exact, for
 * every resource without per-resource work: the response headers ({@link ResponseHeaders}), parameter descriptions
 * ({@link OperationParameters}), required and nullable properties ({@link ExactSchemas}) and a request and a
 * response example on every operation ({@link SchemaExamples}).
 */
public class ProblemResponsesFilter implements OASFilter {
    /** The name of the any-JSON-value schema, for {@code @Schema(ref = ...)}. */
    public static final String JSON_VALUE = "JsonValue";
    /** The name of the {@code ETag} header component, for {@code @Header(name = "ETag", ref = ETAG)}. */
    public static final String ETAG = ResponseHeaders.ETAG;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme("bearer", OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("JWT signed by the configured issuer; groups editor/admin (viewer for reads when "
                        + "public reads are off); claim `regions` lists the NUTS codes an editor may change."));
        // any JSON value (an audit entry's before/after): a schema without a type, so generated clients use their
        // "any" type instead of modelling Jackson's JsonNode
        openAPI.getComponents().addHeader(ETAG, ResponseHeaders.etag());
        openAPI.getComponents().addSchema(JSON_VALUE, OASFactory.createSchema()
                .description("Any JSON value: string, number, boolean, object, array or null"));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            PathItem item = path.getValue();
            for (Map.Entry<PathItem.HttpMethod, Operation> e : item.getOperations().entrySet()) {
                boolean write = e.getKey() != PathItem.HttpMethod.GET && e.getKey() != PathItem.HttpMethod.HEAD;
                Operation op = e.getValue();
                APIResponses responses = op.getResponses() == null ? OASFactory.createAPIResponses() : op.getResponses();
                add(responses, "400", "Invalid input: fields at fault listed in `violations`");
                add(responses, "414", "The request line (method, path and query) is longer than 4 KiB");
                add(responses, "431", "The request headers are larger than 20 KiB all together");
                add(responses, "500", "Unexpected failure; the detail names an id found in the log");
                add(responses, "503", "The database is not reachable right now; retry after the Retry-After delay");
                if (e.getKey() == PathItem.HttpMethod.POST) {
                    op.setResponses(responses);
                    IdempotencyOpenApi.document(op);
                }
                if (write) {
                    add(responses, "401", "No valid bearer token");
                    add(responses, "403", "The token's role or regions do not allow this change");
                    if (e.getKey() != PathItem.HttpMethod.DELETE) {
                        add(responses, "413", "Request body too large");
                        add(responses, "415", "Content type is not application/json");
                    }
                    op.setSecurity(new java.util.ArrayList<>(java.util.List.of(bearer())));
                } else {
                    add(responses, "401", "Public reads are switched off and no valid bearer token was sent");
                    add(responses, "403", "Public reads are switched off and the token has no viewer role");
                    if (op.getSecurity() == null || op.getSecurity().isEmpty()) {
                        // open by default, a token once public reads are switched off: a client may always send it
                        op.setSecurity(new java.util.ArrayList<>(java.util.List.of(
                                OASFactory.createSecurityRequirement(), bearer())));
                    }
                }
                // every error answer is problem+json: operation-specific ones (404, 409, 412, 422) need only a
                // description on the resource
                responses.getAPIResponses().forEach((status, response) -> {
                    if ((status.startsWith("4") || status.startsWith("5")) && (response.getContent() == null
                            || response.getContent().getMediaTypes() == null
                            || response.getContent().getMediaTypes().isEmpty())) {
                        response.setContent(problemContent());
                    }
                });
                op.setResponses(responses);
                ResponseHeaders.document(openAPI, op);
                OperationParameters.describe(path.getKey(), op);
            }
        }
        ExactSchemas.apply(openAPI);
        if (openAPI.getInfo() != null && openAPI.getInfo().getLicense() != null
                && openAPI.getInfo().getLicense().getUrl() == null) {
            // SPDX identifier of the license named in the configuration (quarkus.smallrye-openapi.info-license-name)
            openAPI.getInfo().getLicense().setIdentifier(openAPI.getInfo().getLicense().getName());
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            item.getOperations().values().forEach(op -> SchemaExamples.document(openAPI, op));
        }
    }

    private static void add(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing != null) {
            if (existing.getContent() == null || existing.getContent().getMediaTypes() == null
                    || existing.getContent().getMediaTypes().isEmpty()) {
                existing.setContent(problemContent());
            }
            return;
        }
        APIResponse r = OASFactory.createAPIResponse().description(description)
                .content(problemContent());
        responses.addAPIResponse(status, r);
    }

    public static Content problemContent() {
        return OASFactory.createContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }

    static SecurityRequirement bearer() {
        return OASFactory.createSecurityRequirement().addScheme("bearer");
    }
}
