package org.s3coop.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A running service's OpenAPI document, read from {@code /q/openapi?format=json}: its operations, their parameters
 * and request-body schemas with {@code $ref} and {@code allOf} resolved. Tests that enumerate operations from it
 * cover a new endpoint without being edited.
 */
final class LiveOpenApi {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Map<String, LiveOpenApi> CACHE = new ConcurrentHashMap<>();

    private final Suite.Service service;
    private final JsonNode document;

    private LiveOpenApi(Suite.Service service, JsonNode document) {
        this.service = service;
        this.document = document;
    }

    static LiveOpenApi of(Suite.Service service) {
        return CACHE.computeIfAbsent(service.url(), url -> {
            try {
                HttpResponse<String> response = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create(url + "/q/openapi?format=json")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(url + "/q/openapi answered " + response.statusCode());
                }
                return new LiveOpenApi(service, JSON.readTree(response.body()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    /** One operation of the document. */
    record Operation(LiveOpenApi api, String method, String path, JsonNode node) {
        String operationId() {
            return node.path("operationId").asText(method + " " + path);
        }

        Suite.Service service() {
            return api.service;
        }

        boolean isWrite() {
            return !method.equals("get");
        }

        /** Server-Sent Events (and other streams) stay open: not something to send thousands of requests to. */
        boolean streams() {
            for (JsonNode response : node.path("responses")) {
                if (response.path("content").has("text/event-stream")) {
                    return true;
                }
            }
            return false;
        }

        List<Parameter> parameters(String in) {
            List<Parameter> out = new ArrayList<>();
            for (JsonNode p : node.path("parameters")) {
                JsonNode param = api.resolve(p);
                if (param.path("in").asText().equals(in)) {
                    out.add(new Parameter(param.path("name").asText(), param.path("required").asBoolean(false),
                            api.resolve(param.path("schema"))));
                }
            }
            return out;
        }

        boolean hasHeader(String name) {
            return parameters("header").stream().anyMatch(p -> p.name().equalsIgnoreCase(name));
        }

        /** The media type of the request body: JSON unless the document names only another one (text/csv for an import). */
        String requestContentType() {
            JsonNode content = node.path("requestBody").path("content");
            return content.has("application/json") || !content.fieldNames().hasNext() ? "application/json"
                    : content.fieldNames().next();
        }

        /** The JSON request-body schema, resolved, or null when the operation takes no body. */
        JsonNode bodySchema() {
            JsonNode schema = node.path("requestBody").path("content").path("application/json").path("schema");
            return schema.isMissingNode() ? null : api.resolve(schema);
        }

        @Override
        public String toString() {
            return api.service.name() + " " + method.toUpperCase() + " " + path + " (" + operationId() + ")";
        }
    }

    record Parameter(String name, boolean required, JsonNode schema) {
    }

    List<Operation> operations() {
        List<Operation> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(op -> {
                if (METHODS.contains(op.getKey())) {
                    out.add(new Operation(this, op.getKey(), path.getKey(), op.getValue()));
                }
            });
        }
        return out;
    }

    /**
     * The schema with {@code $ref} followed and {@code allOf} merged (properties, required, and the constraints of
     * each part), so that callers see one flat schema per node. Nested property schemas are resolved on demand.
     */
    JsonNode resolve(JsonNode schema) {
        if (schema == null || schema.isMissingNode() || schema.isNull()) {
            return schema;
        }
        JsonNode current = schema;
        ObjectNode merged = null;
        if (current.has("$ref")) {
            JsonNode target = document.at(current.get("$ref").asText().substring(1));
            ObjectNode copy = ((ObjectNode) resolve(target)).deepCopy();
            // sibling keywords next to $ref (examples, description, constraints) refine the target
            current.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("$ref")) {
                    copy.set(f.getKey(), f.getValue());
                }
            });
            merged = copy;
        }
        if (current.has("allOf")) {
            ObjectNode base = merged != null ? merged : ((ObjectNode) current).deepCopy();
            base.remove("allOf");
            for (JsonNode part : current.get("allOf")) {
                JsonNode resolved = resolve(part);
                resolved.fields().forEachRemaining(f -> {
                    if (f.getKey().equals("required") && base.has("required")) {
                        ((ArrayNode) base.get("required")).addAll((ArrayNode) f.getValue());
                    } else if (f.getKey().equals("properties") && base.has("properties")) {
                        ((ObjectNode) base.get("properties")).setAll((ObjectNode) f.getValue());
                    } else {
                        base.set(f.getKey(), f.getValue());
                    }
                });
            }
            merged = base;
        }
        return merged != null ? merged : current;
    }

    /** The resolved schema of property {@code name} of an object schema, or null. */
    JsonNode property(JsonNode objectSchema, String name) {
        JsonNode p = objectSchema.path("properties").path(name);
        return p.isMissingNode() ? null : resolve(p);
    }

    /** The resolved schema of an array schema's items, or null. */
    JsonNode items(JsonNode arraySchema) {
        JsonNode p = arraySchema.path("items");
        return p.isMissingNode() ? null : resolve(p);
    }

    /** The JSON type of a resolved schema: object, array, string, integer, number, boolean (string when unsure). */
    static String typeOf(JsonNode schema) {
        if (schema == null) {
            return "string";
        }
        if (schema.has("enum")) {
            return "string";
        }
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        return "string";
    }
}
