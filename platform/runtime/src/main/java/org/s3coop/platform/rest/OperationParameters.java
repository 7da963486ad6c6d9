package org.s3coop.platform.rest;

import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Descriptions of the parameters every service names the same way, said once: the path's identifiers ({@code id},
 * {@code code}, {@code regionCode}, {@code <thing>Id}, {@code round}) described from the path segment they follow,
 * {@code If-Match}, and a query filter by its name. A parameter with a description of its own keeps it. The
 * example of a repeatable (array) parameter becomes a list.
 */
final class OperationParameters {
    private OperationParameters() {
    }

    static void describe(String path, Operation op) {
        if (op.getParameters() == null) {
            return;
        }
        for (Parameter p : op.getParameters()) {
            if (p.getDescription() == null || p.getDescription().isBlank()) {
                p.setDescription(description(path, p));
            }
            // a repeatable parameter's example is written as one value in the annotation: the example is a list
            if (p.getExample() != null && !(p.getExample() instanceof java.util.List<?>) && p.getSchema() != null
                    && p.getSchema().getType() != null
                    && p.getSchema().getType().contains(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.ARRAY)) {
                p.setExample(java.util.List.of(p.getExample()));
            }
        }
    }

    static String description(String path, Parameter p) {
        String name = p.getName();
        if (p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(name)) {
            return "The ETag last read (`\"3\"`; `W/\"3\"`, a list or `*` are accepted): the change applies only if "
                    + "the resource is still at that version, else 412 and nothing changes. Without it the change "
                    + "applies to the current version.";
        }
        if (p.getIn() == Parameter.In.PATH) {
            String thing = thing(path, name);
            return switch (name) {
                case "regionCode" -> "NUTS code of the region";
                case "code" -> thing.equals("region") || thing.equals("nut") ? "NUTS code of the region"
                        : "Code of the " + thing;
                case "round" -> "Code of the ranking round";
                case "id" -> "Id of the " + thing;
                default -> name.endsWith("Id") ? "Id of the " + words(name.substring(0, name.length() - 2))
                        : "The " + words(name);
            };
        }
        if (p.getIn() == Parameter.In.QUERY) {
            return "Only those whose " + words(name) + " is this value";
        }
        return words(name);
    }

    /** The thing a path parameter names: the singular of the segment before it ({@code partnerships} → partnership). */
    private static String thing(String path, String name) {
        String[] segments = path.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{" + name + "}")) {
                String segment = segments[i - 1].replace('-', ' ');
                return segment.endsWith("s") ? segment.substring(0, segment.length() - 1) : segment;
            }
        }
        return "resource";
    }

    /** {@code participantId} → "participant id", {@code solution} → "solution". */
    private static String words(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
