package org.s3coop.platform.webhooks;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Which events a subscription wants: its {@code types} (exact CloudEvent types, prefixes ending with {@code *}, or
 * {@code *} for all) and, for an editor's subscription, its regions: the event's subject is one of them, or its data
 * names one of them — at any depth, in a field {@code regionCode}, {@code leadRegion} or {@code region}, an element of
 * {@code adoptingRegions}, or the {@code ref} of a {@code scope} of type {@code REGION}. {@code regions} null: every
 * event of those types (an admin's subscription).
 */
record EventScope(List<String> types, Set<String> regions) {
    static final String TYPE_PATTERN = "^(\\*|[a-z0-9][a-z0-9.-]{0,198}\\*?)$";
    private static final Set<String> REGION_FIELDS = Set.of("regionCode", "leadRegion", "region");

    boolean wantsType(String type) {
        if (type == null) {
            return false;
        }
        for (String t : types) {
            if (t.endsWith("*") ? type.startsWith(t.substring(0, t.length() - 1)) : type.equals(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an event with this subject and data concerns the subscription's regions. */
    boolean concerns(String subject, JsonNode data) {
        if (regions == null) {
            return true;
        }
        if (subject != null && regions.contains(subject)) {
            return true;
        }
        return data != null && namesRegion(data, 0);
    }

    private boolean namesRegion(JsonNode node, int depth) {
        if (depth > 16) {
            return false;
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (namesRegion(element, depth + 1)) {
                    return true;
                }
            }
            return false;
        }
        if (!node.isObject()) {
            return false;
        }
        if ("REGION".equals(node.path("type").asText(null)) && regions.contains(node.path("ref").asText(""))) {
            return true;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (REGION_FIELDS.contains(field.getKey()) && value.isTextual() && regions.contains(value.asText())) {
                return true;
            }
            if (field.getKey().equals("adoptingRegions") && value.isArray()) {
                for (JsonNode code : value) {
                    if (code.isTextual() && regions.contains(code.asText())) {
                        return true;
                    }
                }
            }
            if ((value.isObject() || value.isArray()) && namesRegion(value, depth + 1)) {
                return true;
            }
        }
        return false;
    }
}
