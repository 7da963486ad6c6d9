package org.s3coop.platform.rest;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The response headers every service sends by the same rule, declared once for every operation: {@code ETag} on a
 * 2xx answer whose body is a versioned resource (a {@code version} property; {@link Versions}), {@code Location} on
 * every 201, {@code X-Total-Count} and {@code X-Total-Pages} on a page also answered as CSV or GeoJSON,
 * {@code Retry-After} on 409 (an {@code Idempotency-Key} still in progress) and 503. An operation that
 * sends one of them by another rule (e.g. the partnership's new version as the {@code ETag} of an added participant)
 * declares it on the resource with {@code @APIResponse(headers = ...)}.
 */
final class ResponseHeaders {
    static final String ETAG = "ETag";
    static final String LOCATION = "Location";
    static final String RETRY_AFTER = "Retry-After";

    private ResponseHeaders() {
    }

    static void document(OpenAPI api, Operation op) {
        if (op.getResponses() == null) {
            return;
        }
        op.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") && versioned(api, response)) {
                add(response, ETAG, OASFactory.createHeader().ref(ETAG));
            }
            if (status.equals("200") && tabular(response)) {
                add(response, "X-Total-Count", OASFactory.createHeader()
                        .description("CSV and GeoJSON pages: the number of items of every page together")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                                .minimum(java.math.BigDecimal.ZERO)).example(42));
                add(response, "X-Total-Pages", OASFactory.createHeader()
                        .description("CSV and GeoJSON pages: the number of pages")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                                .minimum(java.math.BigDecimal.ZERO)).example(3));
            }
            if (status.equals("201")) {
                add(response, LOCATION, OASFactory.createHeader().required(true)
                        .description("The URL of the created resource")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"))
                        .example("http://localhost:8082/api/v1/partnerships/57442f5a-0c1e-4c7d-9a43-2b116f1c0d0e"));
            }
            if (status.equals("503") || status.equals("409")) {
                add(response, RETRY_AFTER, OASFactory.createHeader()
                        .description("Seconds to wait before retrying (sent on 503, and on 409 "
                                + "`idempotency-key-in-progress`)")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(
                                java.math.BigDecimal.ZERO))
                        .example(1));
            }
        });
    }

    /**
     * The {@code ETag} header, a component ({@code #/components/headers/ETag}): the resource's version, quoted. A
     * resource that sends it by another rule declares {@code @Header(name = "ETag", ref = "ETag")}. Required: every
     * answer it is declared on always sends it (a reference may not add {@code required}, so the component says it
     * once; the response validation of the tests then fails on an answer without it).
     */
    static Header etag() {
        return OASFactory.createHeader().required(true)
                .description("The resource's version, quoted (`\"3\"`): send it as `If-Match` to change it")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern("^(W/)?\"[0-9]+\"$"))
                .example("\"3\"");
    }

    private static void add(APIResponse response, String name, Header header) {
        if (response.getHeaders() == null || response.getHeaders().keySet().stream()
                .noneMatch(n -> n.equalsIgnoreCase(name))) {
            response.addHeader(name, header);
        }
    }

    /** A page also answered as CSV or GeoJSON: those carry the page envelope's totals as headers. */
    private static boolean tabular(APIResponse response) {
        return response.getContent() != null && response.getContent().getMediaTypes() != null
                && (response.getContent().getMediaTypes().containsKey("text/csv")
                        || response.getContent().getMediaTypes().containsKey("application/geo+json"));
    }

    private static boolean versioned(OpenAPI api, APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return false;
        }
        MediaType json = response.getContent().getMediaTypes().get("application/json");
        Schema schema = json == null ? null : resolve(api, json.getSchema());
        return schema != null && schema.getProperties() != null && schema.getProperties().containsKey("version")
                && hasType(resolve(api, schema.getProperties().get("version")), Schema.SchemaType.INTEGER);
    }

    private static boolean hasType(Schema schema, Schema.SchemaType type) {
        return schema != null && schema.getType() != null && schema.getType().contains(type);
    }

    static Schema resolve(OpenAPI api, Schema schema) {
        Map<String, Schema> schemas = api.getComponents() == null ? null : api.getComponents().getSchemas();
        int hops = 0;
        while (schema != null && schema.getRef() != null && schemas != null && hops++ < 10) {
            schema = schemas.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
        }
        return schema;
    }
}
