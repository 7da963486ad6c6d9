package org.s3coop.platform.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A request and a response example on every operation, said once: each JSON body without an example of its own gets
 * one built from its schema, from the properties' examples ({@code @Schema(example = ...)}), the first value of an
 * enum, or a value of the property's type and format. An operation that needs a more telling example declares it
 * with {@code @ExampleObject} on the resource.
 */
final class SchemaExamples {
    private static final int MAX_DEPTH = 40;

    private final OpenAPI api;
    private final boolean request;

    private SchemaExamples(OpenAPI api, boolean request) {
        this.api = api;
        this.request = request;
    }

    static void document(OpenAPI api, Operation op) {
        if (op.getRequestBody() != null) {
            new SchemaExamples(api, true).fill(op.getRequestBody().getContent());
        }
        SchemaExamples examples = new SchemaExamples(api, false);
        if (op.getResponses() != null) {
            op.getResponses().getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    examples.fill(response.getContent());
                }
            });
        }
    }

    private void fill(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((type, media) -> {
            if (media.getExample() == null && (media.getExamples() == null || media.getExamples().isEmpty())
                    && media.getSchema() != null) {
                Object example = example(media.getSchema(), 0);
                if (example != null) {
                    media.setExample(type.contains("json") || !(example instanceof String) ? example
                            : example.toString());
                }
            }
        });
    }

    Object example(Schema schema, int depth) {
        if (schema == null || depth > MAX_DEPTH) {
            return null;
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return typed(schema, schema.getExamples().get(0));
        }
        if (schema.getExample() != null) {
            return typed(schema, schema.getExample());
        }
        if (schema.getRef() != null) {
            Schema target = ResponseHeaders.resolve(api, schema);
            return target == schema ? null : example(target, depth + 1);
        }
        if (schema.getDefaultValue() != null) {
            return typed(schema, schema.getDefaultValue());
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        for (List<Schema> alternatives : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(),
                schema.getOneOf())) {
            if (alternatives != null) {
                for (Schema alternative : alternatives) {
                    if (alternative.getType() == null || !alternative.getType().equals(List.of(Schema.SchemaType.NULL))) {
                        return example(alternative, depth + 1);
                    }
                }
            }
        }
        Schema.SchemaType type = type(schema);
        if (type == null) {
            // no type: any JSON value (JsonValue)
            return schema.getProperties() != null ? object(schema, depth) : "text";
        }
        return switch (type) {
            case OBJECT -> object(schema, depth);
            case ARRAY -> {
                Object item = example(schema.getItems(), depth + 1);
                List<Object> list = new ArrayList<>();
                if (item != null) {
                    list.add(item);
                }
                yield list;
            }
            case STRING -> string(schema);
            case INTEGER -> schema.getMinimum() != null ? schema.getMinimum().longValue() : 1L;
            case NUMBER -> schema.getMinimum() != null ? schema.getMinimum() : new BigDecimal("1.5");
            case BOOLEAN -> Boolean.TRUE;
            default -> null;
        };
    }

    private Map<String, Object> object(Schema schema, int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> {
                if (Boolean.TRUE.equals(request ? property.getReadOnly() : property.getWriteOnly())) {
                    return;
                }
                Object value = example(property, depth + 1);
                if (value != null) {
                    object.put(name, value);
                }
            });
        } else if (schema.getAdditionalPropertiesSchema() != null) {
            Object value = example(schema.getAdditionalPropertiesSchema(), depth + 1);
            if (value != null) {
                object.put("key", value);
            }
        }
        return object;
    }

    private static Object string(Schema schema) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        return switch (format) {
            case "date-time" -> "2026-11-30T10:15:30Z";
            case "date" -> "2026-11-30";
            case "uuid" -> "57442f5a-0c1e-4c7d-9a43-2b116f1c0d0e";
            case "uri", "url" -> "https://portal.example.org/s3coop";
            case "email" -> "contact@example.org";
            default -> "text";
        };
    }

    /** Property examples are written as text in annotations: numbers and booleans as what they are. */
    private static Object typed(Schema schema, Object example) {
        Schema.SchemaType type = type(schema);
        if (!(example instanceof String text) || type == null) {
            return example;
        }
        try {
            return switch (type) {
                case INTEGER -> Long.parseLong(text);
                case NUMBER -> new BigDecimal(text);
                case BOOLEAN -> Boolean.parseBoolean(text);
                default -> text;
            };
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static Schema.SchemaType type(Schema schema) {
        if (schema.getType() == null) {
            return null;
        }
        return schema.getType().stream().filter(t -> t != Schema.SchemaType.NULL).findFirst().orElse(null);
    }
}
