package org.s3coop.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Checks every answer a test receives through rest-assured against the service's live OpenAPI document
 * ({@code /q/openapi?format=json}), so the document can never say less than, or other than, the service does: the
 * status must be declared for the operation, the media type declared, a JSON body valid against the declared schema
 * (JSON Schema 2020-12, formats asserted), the contract's headers it carries ({@code ETag}, {@code Location},
 * {@code Retry-After}, {@code Idempotency-Replayed}, {@code X-Total-Count}, {@code X-Total-Pages}) declared and
 * valid, and the declared required headers present. A mismatch fails the test with an {@link AssertionError}.
 * Installed once for every test of a module by {@link SuiteInfrastructure} ({@link #install()}); paths outside
 * {@code /api/} (health, metrics, the dashboard) are not checked. Each checked answer is counted in
 * {@code target/openapi-responses.log} (one line: operation and status).
 */
public final class OpenApiResponses implements OrderedFilter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CONTRACT_HEADERS = Set.of("etag", "location", "retry-after",
            "idempotency-replayed", "x-total-count", "x-total-pages");
    private static final Map<String, JsonNode> DOCUMENTS = new ConcurrentHashMap<>();
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Path LOG = Path.of("target", "openapi-responses.log");
    private static final String LOG_STARTED = "s3coop.openapi-responses.log.started";

    /** Adds the check to rest-assured's default filters, once. */
    public static synchronized void install() {
        if (RestAssured.filters().stream().noneMatch(f -> f instanceof OpenApiResponses)) {
            RestAssured.filters(new OpenApiResponses());
        }
    }

    @Override
    public int getOrder() {
        return OrderedFilter.HIGHEST_PRECEDENCE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        if (uri.getPath() == null || !uri.getPath().startsWith("/api/") || "OPTIONS".equals(request.getMethod())) {
            return response; // not the API; OPTIONS: CORS preflights, answered before the API
        }
        String base = uri.getScheme() + "://" + uri.getAuthority();
        List<String> violations = new ArrayList<>();
        Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        response.getHeaders().forEach(h -> headers.put(h.getName(), h.getValue()));
        Answer answer = new Answer(response.getStatusCode(), response.getContentType(), response.asString(), headers);
        String operation = check(document(base), request.getMethod().toLowerCase(Locale.ROOT), uri.getPath(), answer,
                violations);
        if (operation == null) {
            return response;
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("The answer to " + request.getMethod() + " " + uri.getPath() + " (" + operation
                    + ", " + response.getStatusCode() + ") is not what the OpenAPI document says:\n  "
                    + String.join("\n  ", violations) + "\nbody: " + abbreviate(response.asString()));
        }
        count(operation + " " + response.getStatusCode());
        return response;
    }

    /** What a test received: status, {@code Content-Type}, body and headers (names in any case). */
    public record Answer(int status, String contentType, String body, Map<String, String> headers) {
    }

    /**
     * Checks {@code answer} to {@code method path} against {@code doc}, adding what does not match to
     * {@code violations}; returns the operation id checked, or null when the request matches no operation (a path or
     * method the service does not serve, answered 404 or 405: not checked).
     */
    public static String check(JsonNode doc, String method, String path, Answer answer, List<String> violations) {
        JsonNode op = operation(doc, method, path);
        int status = answer.status();
        if (op == null) {
            if (status == 404 || status == 405) {
                return null; // a path or method the service does not serve: nothing the document could declare
            }
            violations.add("no operation " + method.toUpperCase(Locale.ROOT) + " " + path + " in the document");
            return "(none)";
        }
        String id = op.path("operationId").asText(method + " " + path);
        JsonNode declared = op.path("responses").get(Integer.toString(status));
        if (declared == null) {
            declared = op.path("responses").get(status / 100 + "XX");
        }
        if (declared == null) {
            declared = op.path("responses").get("default");
        }
        if (declared == null) {
            violations.add("status " + status + " is not declared");
            return id;
        }
        checkHeaders(doc, declared, answer, violations);
        checkBody(doc, id, status, declared, answer, violations);
        return id;
    }

    private static void checkHeaders(JsonNode doc, JsonNode declared, Answer answer, List<String> violations) {
        Map<String, JsonNode> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        declared.path("headers").fields().forEachRemaining(e -> headers.put(e.getKey(), deref(doc, e.getValue())));
        answer.headers().forEach((sent, value) -> {
            String name = sent.toLowerCase(Locale.ROOT);
            if (!CONTRACT_HEADERS.contains(name)) {
                return;
            }
            JsonNode header = headers.get(name);
            if (header == null) {
                violations.add("header " + sent + " is sent but not declared");
                return;
            }
            JsonNode schema = header.path("schema");
            if (!schema.isMissingNode()) {
                validate(doc, "header:" + name + ":" + schema, schema, typed(schema, value), "header " + sent,
                        violations);
            }
        });
        Set<String> sent = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        sent.addAll(answer.headers().keySet());
        headers.forEach((name, header) -> {
            if (header.path("required").asBoolean(false) && !sent.contains(name)) {
                violations.add("required header " + name + " is missing");
            }
        });
    }

    private static void checkBody(JsonNode doc, String id, int status, JsonNode declared, Answer answer,
            List<String> violations) {
        String body = answer.body();
        if (body == null || body.isEmpty()) {
            return;
        }
        String contentType = answer.contentType() == null ? ""
                : answer.contentType().split(";")[0].trim().toLowerCase(Locale.ROOT);
        JsonNode media = declared.path("content").get(contentType);
        if (media == null) {
            violations.add("media type '" + contentType + "' is not declared (declared: "
                    + names(declared.path("content")) + ")");
            return;
        }
        if (!contentType.endsWith("json") || media.path("schema").isMissingNode()) {
            return;
        }
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (IOException e) {
            violations.add("the body is not JSON: " + e.getMessage());
            return;
        }
        validate(doc, id + ":" + status + ":" + contentType, media.path("schema"), instance, "body", violations);
    }

    private static void validate(JsonNode doc, String key, JsonNode schemaNode, JsonNode instance, String what,
            List<String> violations) {
        Schema schema = SCHEMAS.computeIfAbsent(System.identityHashCode(doc) + ":" + key, k -> {
            // the document's schemas as the JSON Schema's $defs, the references pointing there
            ObjectNode root = (ObjectNode) asDefs(schemaNode);
            root.set("$defs", asDefs(doc.path("components").path("schemas")));
            return REGISTRY.getSchema(root);
        });
        List<Error> errors = schema.validate(instance, c -> c.executionConfig(e -> e.formatAssertionsEnabled(true)));
        for (Error error : errors) {
            violations.add(what + ": " + error);
        }
    }

    private static JsonNode asDefs(JsonNode schema) {
        try {
            return JSON.readTree(JSON.writeValueAsString(schema).replace("\"#/components/schemas/", "\"#/$defs/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode typed(JsonNode schema, String value) {
        String type = schema.path("type").isArray() ? schema.path("type").path(0).asText() : schema.path("type").asText();
        try {
            return switch (type) {
                case "integer" -> JSON.getNodeFactory().numberNode(Long.parseLong(value.trim()));
                case "number" -> JSON.getNodeFactory().numberNode(new java.math.BigDecimal(value.trim()));
                case "boolean" -> "true".equals(value) || "false".equals(value)
                        ? JSON.getNodeFactory().booleanNode(Boolean.parseBoolean(value)) : TextNode.valueOf(value);
                default -> TextNode.valueOf(value);
            };
        } catch (NumberFormatException e) {
            return TextNode.valueOf(value);
        }
    }

    /** The operation of {@code method} on the path template that matches {@code path} (literal segments first). */
    static JsonNode operation(JsonNode doc, String method, String path) {
        List<Map.Entry<String, JsonNode>> candidates = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(e -> {
            if (template(e.getKey()).matcher(path).matches()) {
                candidates.add(e);
            }
        });
        candidates.sort(Comparator.comparingLong((Map.Entry<String, JsonNode> e) -> e.getKey().chars()
                .filter(c -> c == '{').count()));
        for (Map.Entry<String, JsonNode> candidate : candidates) {
            JsonNode op = candidate.getValue().get(method);
            if (op != null) {
                return op;
            }
        }
        return null;
    }

    private static Pattern template(String template) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex + "/?");
    }

    private static JsonNode deref(JsonNode doc, JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : doc.at(ref.asText().substring(1));
    }

    private static String names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static JsonNode document(String base) {
        return DOCUMENTS.computeIfAbsent(base, url -> {
            try {
                HttpResponse<String> r = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create(url + "/q/openapi?format=json")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(url + "/q/openapi answered " + r.statusCode());
                }
                return JSON.readTree(r.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    private static synchronized void count(String line) {
        try {
            Files.createDirectories(LOG.getParent());
            if (System.getProperty(LOG_STARTED) == null) {
                System.setProperty(LOG_STARTED, "true");
                Files.deleteIfExists(LOG);
            }
            Files.writeString(LOG, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
    }
}
