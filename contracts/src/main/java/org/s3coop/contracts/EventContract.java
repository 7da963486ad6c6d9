package org.s3coop.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The event contract of {@code docs/asyncapi.yaml}, as a validator: checks a CloudEvent received from Kafka (binary
 * mode: headers, record key, JSON data) against the message whose {@code ce_type} it carries. Headers, key and data
 * are each checked against the message's schemas (AsyncAPI Schema = JSON Schema draft 07, formats asserted); every
 * violation is reported, not just the first. An event whose {@code ce_type} no message declares is a violation too.
 *
 * <p>Plain Java (Jackson + networknt json-schema-validator), no Quarkus: use it in any test or tool.
 */
public final class EventContract {
    /** Where the build copies {@code docs/asyncapi.yaml} on the classpath. */
    public static final String RESOURCE = "org/s3coop/contracts/asyncapi.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile EventContract classpathContract;

    /** One example of a message: its headers and its data, as written in the document. */
    public record Example(String name, Map<String, String> headers, JsonNode payload) {
        public String type() {
            return headers.get("ce_type");
        }

        public String source() {
            return headers.get("ce_source");
        }

        public String subject() {
            return headers.get("ce_subject");
        }

        /** A copy of the data as JSON text, e.g. to send it. */
        public String payloadJson() {
            try {
                return JSON.writeValueAsString(payload);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One message of the document ({@code components.messages}), its schemas with every {@code $ref} resolved. */
    public record Message(String name, String type, String address, JsonNode headersSchema, JsonNode payloadSchema,
            JsonNode keySchema, List<Example> examples) {
    }

    /** The violations of one event; empty when it keeps the contract. */
    public record Result(String type, List<String> violations) {
        public boolean valid() {
            return violations.isEmpty();
        }

        @Override
        public String toString() {
            return valid() ? type + ": keeps the contract"
                    : type + " breaks the contract (" + violations.size() + "):\n  - " + String.join("\n  - ", violations);
        }
    }

    /** Thrown by {@link #validate}: the message lists every violation. */
    public static final class ContractViolation extends AssertionError {
        private final transient Result result;

        ContractViolation(Result result) {
            super(result.toString());
            this.result = result;
        }

        public Result result() {
            return result;
        }
    }

    private final JsonNode document;
    private final Map<String, Message> byType = new LinkedHashMap<>();
    private final Map<String, Schema> compiled = new LinkedHashMap<>();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

    private EventContract(JsonNode document) {
        this.document = document;
        if (!document.path("asyncapi").asText().startsWith("3.")) {
            throw new IllegalArgumentException("not an AsyncAPI 3 document");
        }
        Map<String, String> addressOf = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = document.path("channels").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> channel = it.next();
            for (JsonNode ref : channel.getValue().path("messages")) {
                addressOf.put(ref.path("$ref").asText(), channel.getValue().path("address").asText());
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = document.path("components").path("messages").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> m = it.next();
            JsonNode headers = resolve(m.getValue().path("headers"));
            Optional<String> type = findConst(headers, "ce_type");
            if (type.isEmpty()) {
                continue; // not a CloudEvent (e.g. the dead letters)
            }
            JsonNode payload = resolve(m.getValue().path("payload"));
            JsonNode key = resolve(m.getValue().path("bindings").path("kafka").path("key"));
            List<Example> examples = new ArrayList<>();
            for (JsonNode ex : m.getValue().path("examples")) {
                Map<String, String> h = new LinkedHashMap<>();
                ex.path("headers").fields().forEachRemaining(e -> h.put(e.getKey(), e.getValue().asText()));
                examples.add(new Example(ex.path("name").asText(), Collections.unmodifiableMap(h), ex.path("payload")));
            }
            String address = addressOf.get("#/components/messages/" + m.getKey());
            if (byType.put(type.get(), new Message(m.getKey(), type.get(), address, headers, payload,
                    key.isMissingNode() ? null : key, List.copyOf(examples))) != null) {
                throw new IllegalArgumentException("two messages declare ce_type " + type.get());
            }
        }
    }

    /** The contract the build put on the classpath (a copy of {@code docs/asyncapi.yaml}). */
    public static EventContract load() {
        EventContract c = classpathContract;
        if (c == null) {
            try (InputStream in = EventContract.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is not on the classpath");
                }
                c = new EventContract(YAML.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            classpathContract = c;
        }
        return c;
    }

    /** The contract in this AsyncAPI file (YAML or JSON). */
    public static EventContract load(Path file) {
        try {
            return new EventContract(YAML.readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every ce_type the document declares, in document order. */
    public Set<String> types() {
        return Collections.unmodifiableSet(byType.keySet());
    }

    /** The ce_types of the messages on the channel with this address (topic), e.g. {@code s3coop.regions.v1}. */
    public Set<String> typesOn(String address) {
        Set<String> types = new LinkedHashSet<>();
        byType.values().stream().filter(m -> address.equals(m.address())).forEach(m -> types.add(m.type()));
        return types;
    }

    /** The ce_types of the operations with this action ({@code send} or {@code receive}) tagged {@code x-service}. */
    public Set<String> types(String service, String action) {
        Set<String> types = new LinkedHashSet<>();
        for (JsonNode op : document.path("operations")) {
            if (service.equals(op.path("x-service").asText()) && action.equals(op.path("action").asText())) {
                for (JsonNode ref : op.path("messages")) {
                    JsonNode message = resolve(ref);
                    findConst(resolve(message.path("headers")), "ce_type").ifPresent(types::add);
                }
            }
        }
        return types;
    }

    /** What {@code service} publishes. */
    public Set<String> typesSentBy(String service) {
        return types(service, "send");
    }

    /** What {@code service} consumes. */
    public Set<String> typesReceivedBy(String service) {
        return types(service, "receive");
    }

    public Optional<Message> message(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    /** The examples of the message with this ce_type (none if there is no such message). */
    public List<Example> examples(String type) {
        return message(type).map(Message::examples).orElse(List.of());
    }

    /** Checks one event and returns every violation. */
    public Result check(Map<String, String> headers, String key, JsonNode data) {
        String type = headers == null ? null : headers.get("ce_type");
        List<String> violations = new ArrayList<>();
        if (type == null) {
            violations.add("headers: no ce_type header, so no message of the contract applies");
            return new Result(null, violations);
        }
        Message m = byType.get(type);
        if (m == null) {
            violations.add("headers: ce_type " + type + " is not a message of docs/asyncapi.yaml (known: " + byType.keySet() + ")");
            return new Result(type, violations);
        }
        ObjectNode h = JsonNodeFactory.instance.objectNode();
        headers.forEach((k, v) -> h.set(k, v == null ? NullNode.getInstance() : TextNode.valueOf(v)));
        check("headers", m.name() + "/headers", m.headersSchema(), h, violations);
        if (m.keySchema() != null) {
            check("key", m.name() + "/key", m.keySchema(), key == null ? NullNode.getInstance() : TextNode.valueOf(key), violations);
        }
        check("data", m.name() + "/payload", m.payloadSchema(), data == null ? NullNode.getInstance() : data, violations);
        return new Result(type, List.copyOf(violations));
    }

    /** Checks one event; throws {@link ContractViolation} listing every violation. */
    public void validate(Map<String, String> headers, String key, JsonNode data) {
        Result r = check(headers, key, data);
        if (!r.valid()) {
            throw new ContractViolation(r);
        }
    }

    /** Checks an example of the document against its own message (the key is derived as the services derive it). */
    public Result check(Example example, String key) {
        return check(example.headers(), key, example.payload());
    }

    private void check(String part, String id, JsonNode schema, JsonNode instance, List<String> violations) {
        Schema s;
        synchronized (compiled) {
            s = compiled.computeIfAbsent(id, k -> registry.getSchema(schema));
        }
        List<Error> errors = s.validate(instance, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
        for (Error e : errors) {
            violations.add(part + ": " + e.toString());
        }
    }

    /** A copy of {@code node} with every local {@code $ref} replaced by what it points to. */
    private JsonNode resolve(JsonNode node) {
        return resolve(node, 0);
    }

    private JsonNode resolve(JsonNode node, int depth) {
        if (depth > 64) {
            throw new IllegalArgumentException("$ref nesting too deep (a cycle?)");
        }
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                String pointer = ref.asText();
                if (!pointer.startsWith("#/")) {
                    throw new IllegalArgumentException("only local $refs are supported: " + pointer);
                }
                JsonNode target = document.at(pointer.substring(1));
                if (target.isMissingNode()) {
                    throw new IllegalArgumentException("$ref " + pointer + " points nowhere");
                }
                return resolve(target, depth + 1);
            }
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(), resolve(e.getValue(), depth)));
            return copy;
        }
        if (node.isArray()) {
            var copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> copy.add(resolve(n, depth)));
            return copy;
        }
        return node;
    }

    /** The {@code const} of property {@code name} anywhere in a (resolved) object schema. */
    private static Optional<String> findConst(JsonNode schema, String name) {
        JsonNode c = schema.path("properties").path(name).path("const");
        if (c.isTextual()) {
            return Optional.of(c.asText());
        }
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode sub : schema.path(combinator)) {
                Optional<String> found = findConst(sub, name);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
