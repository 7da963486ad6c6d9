package org.s3coop.platform.rest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The rule for what a representation carries (docs/api.md, "Null and absent fields"), said once for every schema of a
 * service's document: the services write every field of an answer, {@code null} when it has no value (Jackson's
 * default), so every property of a schema that only answers use is {@code required}, and it is nullable
 * ({@code type: [.., "null"]}) exactly where the DTO says {@code @Schema(nullable = true)}. Schemas that requests
 * use too keep the requirements the requests declare ({@code @Schema(required = true)}); they are echoed as sent, so
 * what a request may leave out is nullable.
 */
final class ExactSchemas {
    private static final String PREFIX = "#/components/schemas/";

    private ExactSchemas() {
    }

    static void apply(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Set<String> requests = new HashSet<>();
        Set<String> answers = new HashSet<>();
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            for (PathItem item : api.getPaths().getPathItems().values()) {
                for (Operation op : item.getOperations().values()) {
                    if (op.getRequestBody() != null) {
                        refs(op.getRequestBody().getContent(), requests);
                    }
                    if (op.getResponses() != null) {
                        op.getResponses().getAPIResponses().forEach((status, response) -> {
                            if (status.startsWith("2")) {
                                refs(response, answers);
                            }
                        });
                    }
                }
            }
        }
        Set<String> requestSchemas = closure(schemas, requests);
        Set<String> answerSchemas = closure(schemas, answers);
        for (Map.Entry<String, Schema> e : schemas.entrySet()) {
            Schema schema = e.getValue();
            if (schema.getProperties() == null) {
                continue;
            }
            schema.getProperties().values().forEach(p -> {
                nullableAsAlternative(p);
                nullableReference(schemas, p);
                nullableReference(schemas, p.getAdditionalPropertiesSchema());
                nullableReference(schemas, p.getItems());
            });
            if (answerSchemas.contains(e.getKey()) && !requestSchemas.contains(e.getKey())) {
                Set<String> required = new LinkedHashSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
                required.addAll(schema.getProperties().keySet());
                schema.setRequired(new ArrayList<>(required));
            } else if (answerSchemas.contains(e.getKey())) {
                // echoed as sent: what a request may leave out comes back null
                List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                schema.getProperties().forEach((name, property) -> {
                    if (!required.contains(name) && !Boolean.TRUE.equals(property.getReadOnly())) {
                        allowNull(property);
                    }
                });
            }
        }
    }

    private static void allowNull(Schema property) {
        if (property.getRef() != null) {
            Schema reference = org.eclipse.microprofile.openapi.OASFactory.createSchema().ref(property.getRef());
            property.setRef(null);
            property.setType(null);
            property.setFormat(null);
            property.setAnyOf(new ArrayList<>(List.of(reference, nullType())));
        } else if (property.getAnyOf() != null) {
            if (property.getAnyOf().stream().noneMatch(ExactSchemas::isNullType)) {
                property.addAnyOf(nullType());
            }
        } else if (property.getType() != null && !property.getType().contains(Schema.SchemaType.NULL)) {
            property.addType(Schema.SchemaType.NULL);
        }
    }

    private static Schema nullType() {
        return org.eclipse.microprofile.openapi.OASFactory.createSchema().addType(Schema.SchemaType.NULL);
    }

    private static boolean isNullType(Schema s) {
        return s.getType() != null && s.getType().contains(Schema.SchemaType.NULL);
    }

    /**
     * A nullable reference comes out as {@code type: object, anyOf: [{$ref}, {type: null}]}: the {@code type}
     * beside it would refuse the null the {@code anyOf} allows, so it goes.
     */
    private static void nullableAsAlternative(Schema property) {
        if (property.getAnyOf() != null && property.getType() != null && property.getAnyOf().stream()
                .anyMatch(s -> s.getType() != null && s.getType().contains(Schema.SchemaType.NULL))) {
            property.setType(null);
        }
    }

    /**
     * A reference comes out with its target's {@code type} beside it ({@code type: number, $ref: DaysOrNull}): when
     * the target may be null, that {@code type} would refuse it, so it goes (the reference says it all).
     */
    private static void nullableReference(Map<String, Schema> schemas, Schema schema) {
        if (schema == null || schema.getRef() == null || schema.getType() == null) {
            return;
        }
        Schema target = schemas.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
        if (target != null && target.getType() != null && target.getType().contains(Schema.SchemaType.NULL)) {
            schema.setType(null);
            schema.setFormat(null);
        }
    }

    private static Set<String> closure(Map<String, Schema> schemas, Set<String> start) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(start);
        while (!todo.isEmpty()) {
            String name = todo.remove(todo.size() - 1);
            Schema schema = schemas.get(name);
            if (schema != null && seen.add(name)) {
                Set<String> next = new HashSet<>();
                refs(schema, next);
                todo.addAll(next);
            }
        }
        return seen;
    }

    private static void refs(APIResponse response, Set<String> into) {
        refs(response.getContent(), into);
    }

    private static void refs(Content content, Set<String> into) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType media : content.getMediaTypes().values()) {
            refs(media.getSchema(), into);
        }
    }

    static void refs(Schema schema, Set<String> into) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(PREFIX)) {
            into.add(schema.getRef().substring(PREFIX.length()));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> refs(p, into));
        }
        refs(schema.getItems(), into);
        if (schema.getAdditionalPropertiesSchema() != null) {
            refs(schema.getAdditionalPropertiesSchema(), into);
        }
        for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(s -> refs(s, into));
            }
        }
    }
}
