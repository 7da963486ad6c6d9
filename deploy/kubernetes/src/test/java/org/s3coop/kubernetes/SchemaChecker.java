package org.s3coop.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks a value against an OpenAPI schema (a CRD's openAPIV3Schema or a Kubernetes swagger definition) the way the
 * API server treats a structural schema under strict field validation (kubectl's default since 1.25): a field the
 * schema neither declares nor lets through ({@code additionalProperties}, {@code x-kubernetes-preserve-unknown-fields})
 * is an error, as are wrong types, values outside an {@code enum}, {@code minimum}/{@code maximum}, a {@code pattern},
 * lengths, missing {@code required} fields and failed {@code oneOf}/{@code anyOf}/{@code allOf}/{@code not}.
 * Int-or-string fields take either; quantities take a string or a number. Not evaluated: CEL rules
 * ({@code x-kubernetes-validations}) and {@code format}s other than int-or-string.
 */
final class SchemaChecker {

  private final Function<String, JsonNode> refs;

  SchemaChecker(Function<String, JsonNode> refs) {
    this.refs = refs;
  }

  void check(JsonNode schema, JsonNode value, String path, List<String> errors) {
    check(schema, value, path, errors, true);
  }

  /**
   * @param closed whether fields the schema does not declare are errors (true for the schema proper; false inside
   *               oneOf/anyOf/allOf/not, which only add constraints and do not prune)
   */
  void check(JsonNode schema, JsonNode value, String path, List<String> errors, boolean closed) {
    if (schema.has("$ref")) {
      String ref = schema.path("$ref").asText();
      if (ref.endsWith(".Quantity")) {
        // The API server takes a quantity as a string ("512Mi") or a number (1).
        if (!value.isTextual() && !value.isNumber()) {
          errors.add(path + ": must be a quantity (string or number), is " + describe(value));
        }
        return;
      }
      JsonNode resolved = refs.apply(ref);
      if (resolved == null) {
        errors.add(path + ": unresolvable schema " + ref);
        return;
      }
      check(resolved, value, path, errors, closed);
      return;
    }
    if (value == null || value.isNull()) {
      if (!schema.path("nullable").asBoolean(false)) {
        errors.add(path + ": null is not allowed");
      }
      return;
    }
    if (schema.path("x-kubernetes-int-or-string").asBoolean(false)
        || "int-or-string".equals(schema.path("format").asText())) {
      if (!value.isIntegralNumber() && !value.isTextual()) {
        errors.add(path + ": must be an integer or a string, is " + value.getNodeType());
        return;
      }
    } else if (schema.has("type") && !hasType(value, schema.path("type").asText())) {
      errors.add(path + ": must be of type " + schema.path("type").asText() + ", is " + describe(value));
      return;
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode allowed : schema.path("enum")) {
        found |= allowed.equals(value) || (allowed.isNumber() && value.isNumber()
            && allowed.decimalValue().compareTo(value.decimalValue()) == 0);
      }
      if (!found) {
        errors.add(path + ": " + value + " is not one of " + schema.path("enum"));
      }
    }
    if (value.isTextual()) {
      String text = value.asText();
      if (schema.has("pattern") && !Pattern.compile(schema.path("pattern").asText()).matcher(text).find()) {
        errors.add(path + ": \"" + text + "\" does not match " + schema.path("pattern").asText());
      }
      if (schema.has("minLength") && text.length() < schema.path("minLength").asInt()) {
        errors.add(path + ": shorter than " + schema.path("minLength").asInt());
      }
      if (schema.has("maxLength") && text.length() > schema.path("maxLength").asInt()) {
        errors.add(path + ": longer than " + schema.path("maxLength").asInt());
      }
    }
    if (value.isNumber()) {
      if (schema.has("minimum") && value.decimalValue().compareTo(schema.path("minimum").decimalValue()) < 0) {
        errors.add(path + ": " + value + " is below the minimum " + schema.path("minimum"));
      }
      if (schema.has("maximum") && value.decimalValue().compareTo(schema.path("maximum").decimalValue()) > 0) {
        errors.add(path + ": " + value + " is above the maximum " + schema.path("maximum"));
      }
    }
    if (value.isObject()) {
      checkObject(schema, value, path, errors, closed);
    }
    if (value.isArray()) {
      if (schema.has("minItems") && value.size() < schema.path("minItems").asInt()) {
        errors.add(path + ": fewer than " + schema.path("minItems").asInt() + " items");
      }
      if (schema.has("maxItems") && value.size() > schema.path("maxItems").asInt()) {
        errors.add(path + ": more than " + schema.path("maxItems").asInt() + " items");
      }
      if (schema.has("items")) {
        for (int i = 0; i < value.size(); i++) {
          check(schema.path("items"), value.get(i), path + "/" + i, errors, closed);
        }
      }
    }
    checkCombinators(schema, value, path, errors);
  }

  private void checkObject(JsonNode schema, JsonNode value, String path, List<String> errors, boolean closed) {
    JsonNode properties = schema.path("properties");
    JsonNode additional = schema.path("additionalProperties");
    boolean preserve = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
    for (JsonNode required : schema.path("required")) {
      if (!value.has(required.asText())) {
        errors.add(path + ": missing required field \"" + required.asText() + "\"");
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String fieldPath = path + "/" + field.getKey();
      if (properties.has(field.getKey())) {
        check(properties.path(field.getKey()), field.getValue(), fieldPath, errors, closed);
      } else if (additional.isObject()) {
        check(additional, field.getValue(), fieldPath, errors, closed);
      } else if (closed && !preserve && !additional.asBoolean(false)) {
        errors.add(fieldPath + ": unknown field \"" + field.getKey() + "\"");
      }
    }
  }

  private void checkCombinators(JsonNode schema, JsonNode value, String path, List<String> errors) {
    if (schema.has("allOf")) {
      for (JsonNode sub : schema.path("allOf")) {
        check(sub, value, path, errors, false);
      }
    }
    if (schema.has("oneOf")) {
      int matches = countMatches(schema.path("oneOf"), value, path);
      if (matches != 1) {
        errors.add(path + ": must match exactly one of oneOf " + schema.path("oneOf") + ", matches " + matches);
      }
    }
    if (schema.has("anyOf") && countMatches(schema.path("anyOf"), value, path) == 0) {
      errors.add(path + ": must match one of anyOf " + schema.path("anyOf"));
    }
    if (schema.has("not")) {
      List<String> sub = new ArrayList<>();
      check(schema.path("not"), value, path, sub, false);
      if (sub.isEmpty()) {
        errors.add(path + ": must not match " + schema.path("not"));
      }
    }
  }

  private int countMatches(JsonNode alternatives, JsonNode value, String path) {
    int matches = 0;
    for (JsonNode sub : alternatives) {
      List<String> subErrors = new ArrayList<>();
      check(sub, value, path, subErrors, false);
      matches += subErrors.isEmpty() ? 1 : 0;
    }
    return matches;
  }

  private boolean hasType(JsonNode value, String type) {
    return switch (type) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      default -> false;
    };
  }

  private String describe(JsonNode value) {
    String text = value.toString();
    return value.getNodeType().name().toLowerCase() + " " + (text.length() > 60 ? text.substring(0, 60) + "..." : text);
  }
}
