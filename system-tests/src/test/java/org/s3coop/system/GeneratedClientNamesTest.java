package org.s3coop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The clients generated from the services' OpenAPI documents (openapi-generator-maven-plugin, see the pom) must
 * carry the names the documents give: when an operation lacks an {@code operationId}, a body lacks a named schema
 * or two schemas share a name, the generator falls back on names made up from paths and status codes
 * ({@code apiV1RegionsPost}, {@code RegisterRegion201Response}, {@code InlineObject}, {@code Priority1},
 * {@code DefaultApi}) or on {@code Object}. Any of those here is a defect of the service's OpenAPI annotations.
 */
class GeneratedClientNamesTest {
    private static final Path GENERATED = Path.of("target/generated-test-sources/openapi");
    private static final Pattern OPERATION = Pattern.compile("public ApiResponse<([\\w<>, ]+)> (\\w+)WithHttpInfo\\(");
    private static final Pattern UNTYPED_PROPERTY = Pattern.compile("private Object (\\w+)");
    /** Properties documented as any JSON value (schema JsonValue): Object is their right type. */
    private static final List<String> ANY_JSON_VALUE = List.of("AuditChange.before", "AuditChange.after");
    private static final Pattern FALLBACK_OPERATION = Pattern.compile("^(api|q)V?\\d*[A-Z0-9_].*|.*(Get|Post|Put|Delete|Patch)$");

    @ParameterizedTest
    @ValueSource(strings = { "region", "partnership", "challenge" })
    void everyOperationAndSchemaHasItsOwnName(String service) throws IOException {
        Path base = GENERATED.resolve(service).resolve("src/main/java/org/s3coop/client").resolve(service);
        assertThat(base.resolve("api")).as("generated API of " + service).isDirectory();
        List<String> apis = names(base.resolve("api"));
        List<String> models = names(base.resolve("model"));

        assertThat(apis).as("API classes (a DefaultApi means an operation without tag)").isNotEmpty()
                .doesNotContain("DefaultApi");
        assertThat(models).contains("Problem", "Violation");
        if (service.equals("partnership")) {
            // a refused advance's problem carries the unmet criteria (partnership-service's own problem schema)
            assertThat(models).contains("GateProblem", "UnmetCriterion");
        }

        List<String> operations = new ArrayList<>();
        for (String api : apis) {
            String source = Files.readString(base.resolve("api").resolve(api + ".java"));
            Matcher m = OPERATION.matcher(source);
            while (m.find()) {
                operations.add(m.group(2));
                assertThat(m.group(1)).as("return type of " + api + "." + m.group(2)).isNotEqualTo("Object");
            }
        }
        assertThat(operations).as("operations of " + service).isNotEmpty()
                .noneMatch(op -> FALLBACK_OPERATION.matcher(op).matches());

        for (String model : models) {
            assertThat(model).as("model name made up by the generator")
                    .doesNotMatch(".*\\d$")
                    .doesNotMatch("^(InlineObject|InlineResponse|Api[A-Z]).*")
                    .doesNotMatch(".*\\d{3}Response$");
            for (String op : operations) {
                assertThat(model).as("inline request body of " + op)
                        .isNotEqualTo(Character.toUpperCase(op.charAt(0)) + op.substring(1) + "Request");
            }
            String source = Files.readString(base.resolve("model").resolve(model + ".java"));
            Matcher untyped = UNTYPED_PROPERTY.matcher(source);
            while (untyped.find()) {
                assertThat(model + "." + untyped.group(1)).as(model + " has a property without schema")
                        .isIn(ANY_JSON_VALUE);
            }
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
                    .map(n -> n.substring(0, n.length() - 5)).filter(n -> !n.equals("AbstractOpenApiSchema")).sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
