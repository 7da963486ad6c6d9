package org.s3coop.platform.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The {@code Idempotency-Key} contract (docs/api.md), checked against one create operation of the service under
 * test, over HTTP, with its real database. Each service's {@code *IdempotencyTests} describes an operation and
 * runs these.
 */
public final class IdempotencyScenarios {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotency-Replayed";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A POST that creates something, as a test sees it. */
    public interface CreateOperation {
        String path();

        /** A value no other request of the run uses, that {@link #body} puts into the resource it creates. */
        String newMarker();

        /** A valid body that creates a resource carrying {@code marker}. */
        String body(String marker);

        /** A well-formed body the service refuses (4xx) after reading its data, e.g. naming an unknown region. */
        String refusedBody(String marker);

        /** A body that fails validation (400). */
        String invalidBody(String marker);

        /** A token allowed to create the resources. */
        String token();

        /** Another caller (another subject), also allowed to create them. */
        String otherCallerToken();

        /** How many resources carrying {@code marker} exist. */
        long created(String marker);

        /** The type of the event the creation writes to the outbox, keyed by the id that ends the Location. */
        String createdEventType();
    }

    private IdempotencyScenarios() {
    }

    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    public static Response post(CreateOperation op, String token, String key, String body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request = request.header(HEADER, key);
        }
        return request.when().post(op.path());
    }

    /** Same key, same body: the first answer again (status, Location, ETag, body), marked replayed; one resource. */
    public static Response aRetryGetsTheFirstAnswerAndCreatesNothing(CreateOperation op) {
        String marker = op.newMarker();
        String key = newKey();
        Response first = post(op, op.token(), key, op.body(marker));
        assertThat(first.statusCode()).as(first.asString()).isEqualTo(201);
        assertThat(first.header(REPLAYED)).isNull();

        // the same JSON with other white space is the same request
        for (String body : List.of(op.body(marker), "\n  " + op.body(marker) + "\n")) {
            Response retry = post(op, op.token(), key, body);
            assertThat(retry.statusCode()).as(retry.asString()).isEqualTo(201);
            assertThat(retry.header(REPLAYED)).isEqualTo("true");
            assertThat(retry.header("Location")).isNotBlank().isEqualTo(first.header("Location"));
            assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
            assertThat(retry.contentType()).startsWith("application/json");
            assertThat(tree(retry)).isEqualTo(tree(first));
        }
        assertThat(op.created(marker)).as("resources created").isEqualTo(1);
        assertThat(ServiceDatabase.outboxEvents(op.createdEventType(), idIn(first))).as("events written").isEqualTo(1);
        return first;
    }

    /** Same key, another body: 422 problem+json, nothing created. */
    public static void theSameKeyWithAnotherBodyIsRefused(CreateOperation op) {
        String key = newKey();
        String marker = op.newMarker();
        post(op, op.token(), key, op.body(marker)).then().statusCode(201);
        String other = op.newMarker();
        Response refused = post(op, op.token(), key, op.body(other));
        assertProblem(refused, 422, "idempotency-key-reused");
        assertThat(refused.header(REPLAYED)).isNull();
        assertThat(op.created(other)).isZero();
        assertThat(op.created(marker)).isEqualTo(1);
    }

    /**
     * {@code parallel} requests with one key at once: exactly one creates; each other one gets the first answer
     * replayed or, while the first still runs, 409 with Retry-After. A retry after that replays.
     */
    public static void concurrentRequestsWithOneKeyCreateOnce(CreateOperation op, int parallel) throws Exception {
        String marker = op.newMarker();
        String key = newKey();
        String body = op.body(marker);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Response> answers = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return post(op, op.token(), key, body);
                }));
            }
            start.countDown();
            for (Future<Response> f : futures) {
                answers.add(f.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        List<Response> created = answers.stream().filter(r -> r.statusCode() == 201 && r.header(REPLAYED) == null).toList();
        System.out.printf("%d concurrent requests with one Idempotency-Key on %s: %d created, %d replayed, %d in progress (409)%n",
                parallel, op.path(), created.size(), answers.stream().filter(r -> "true".equals(r.header(REPLAYED))).count(),
                answers.stream().filter(r -> r.statusCode() == 409).count());
        assertThat(created).as("answers that created").hasSize(1);
        String location = created.get(0).header("Location");
        for (Response r : answers) {
            if (r.statusCode() == 409) {
                assertProblem(r, 409, "idempotency-key-in-progress");
                assertThat(r.header("Retry-After")).isEqualTo("1");
            } else {
                assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
                assertThat(r.header("Location")).isEqualTo(location);
            }
        }
        assertThat(op.created(marker)).isEqualTo(1);
        assertThat(ServiceDatabase.outboxEvents(op.createdEventType(), idIn(created.get(0)))).isEqualTo(1);
        Response later = post(op, op.token(), key, body);
        assertThat(later.statusCode()).isEqualTo(201);
        assertThat(later.header(REPLAYED)).isEqualTo("true");
        assertThat(later.header("Location")).isEqualTo(location);
    }

    /** A first attempt that is refused (400, or a 4xx from the service) leaves the key free for the real request. */
    public static void aRefusedAttemptDoesNotPinTheKey(CreateOperation op, int refusedStatus) {
        String key = newKey();
        String marker = op.newMarker();
        Response invalid = post(op, op.token(), key, op.invalidBody(marker));
        assertThat(invalid.statusCode()).as(invalid.asString()).isEqualTo(400);
        Response refused = post(op, op.token(), key, op.refusedBody(marker));
        assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(refusedStatus);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(op.created(marker)).isZero();

        Response created = post(op, op.token(), key, op.body(marker));
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        assertThat(created.header(REPLAYED)).isNull();
        assertThat(op.created(marker)).isEqualTo(1);
    }

    /** A key is the caller's own: another caller using the same key creates its own resource. */
    public static void keysBelongToTheirCaller(CreateOperation op) {
        String key = newKey();
        String mine = op.newMarker();
        Response first = post(op, op.token(), key, op.body(mine));
        first.then().statusCode(201);
        String theirs = op.newMarker();
        Response other = post(op, op.otherCallerToken(), key, op.body(theirs));
        assertThat(other.statusCode()).as(other.asString()).isEqualTo(201);
        assertThat(other.header(REPLAYED)).isNull();
        assertThat(other.header("Location")).isNotEqualTo(first.header("Location"));
        assertThat(op.created(mine)).isEqualTo(1);
        assertThat(op.created(theirs)).isEqualTo(1);
    }

    /** Empty, too long or non-ASCII keys are a 400 naming the header, and change nothing. */
    public static void malformedKeysAreRefused(CreateOperation op) {
        String marker = op.newMarker();
        for (String key : List.of("", "k".repeat(256), "clé", "tab\there")) {
            Response r = post(op, op.token(), key, op.body(marker));
            assertProblem(r, 400, "validation");
            assertThat(r.jsonPath().getString("violations[0].field")).isEqualTo(HEADER);
        }
        assertThat(op.created(marker)).isZero();
        // the longest key allowed works
        post(op, op.token(), (newKey() + "k".repeat(255)).substring(0, 255), op.body(marker)).then().statusCode(201);
    }

    /**
     * Every {@code @POST} resource method of the classes in {@code restPackage} (of the service under test) carries
     * {@code @Idempotent}, which the OpenAPI documents promise for every POST.
     */
    public static void assertEveryPostIsIdempotent(Class<?> anyResource) throws Exception {
        String pkg = anyResource.getPackageName();
        ClassLoader loader = anyResource.getClassLoader();
        // the directory anyResource was loaded from (tests of the same package are in another one, maybe first)
        java.net.URL self = anyResource.getResource(anyResource.getSimpleName() + ".class");
        assertThat(self).as("classes of " + pkg).isNotNull();
        List<String> posts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(self.toURI()).getParent())) {
            for (java.nio.file.Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".class")) {
                    continue;
                }
                Class<?> type = Class.forName(pkg + "." + name.substring(0, name.length() - 6), false, loader);
                boolean typeIdempotent = hasAnnotation(type.getAnnotations(), IDEMPOTENT);
                for (java.lang.reflect.Method m : type.getDeclaredMethods()) {
                    if (hasAnnotation(m.getAnnotations(), "jakarta.ws.rs.POST")) {
                        posts.add(type.getSimpleName() + "." + m.getName());
                        if (!typeIdempotent && !hasAnnotation(m.getAnnotations(), IDEMPOTENT)) {
                            missing.add(type.getSimpleName() + "." + m.getName());
                        }
                    }
                }
            }
        }
        assertThat(posts).as("POST operations in " + pkg).isNotEmpty();
        assertThat(missing).as("POST operations without @Idempotent").isEmpty();
    }

    private static final String IDEMPOTENT = "org.s3coop.platform.idempotency.Idempotent";

    private static boolean hasAnnotation(java.lang.annotation.Annotation[] annotations, String type) {
        for (java.lang.annotation.Annotation a : annotations) {
            if (a.annotationType().getName().equals(type)) {
                return true;
            }
        }
        return false;
    }

    public static void assertProblem(Response r, int status, String slug) {
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.jsonPath().getString("type")).isEqualTo("https://s3coop.org/problems/" + slug);
        assertThat(r.jsonPath().getInt("status")).isEqualTo(status);
    }

    /** The id the Location header ends with. */
    public static String idIn(Response created) {
        String location = created.header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static JsonNode tree(Response r) {
        try {
            return JSON.readTree(r.asString());
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + r.asString(), e);
        }
    }
}
