package org.s3coop.platform.testing;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;

import org.s3coop.platform.embedded.EmbeddedPostgresServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts, once per test JVM, a real PostgreSQL (embedded binaries) and a real Kafka broker (KRaft, in this JVM),
 * and points the service under test at them. Init arg {@code database} names the service's database.
 * Register it with {@code @QuarkusTestResource(value = SuiteInfrastructure.class, restrictToAnnotatedClass = false)}.
 * It also installs {@link OpenApiResponses} for every test: each answer a test receives is checked against the
 * service's OpenAPI document.
 */
public class SuiteInfrastructure implements QuarkusTestResourceLifecycleManager {
    private String database = "s3coop";

    /** Control of the shared broker: tests stop and start it to simulate an outage. */
    public interface Broker {
        String bootstrapServers();

        void stop();

        void start();
    }

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        int pgPort = (Integer) call("postgresPort", database);
        String bootstrap = kafka().bootstrapServers();
        return Map.of(
                "quarkus.datasource.username", EmbeddedPostgresServer.USER,
                "quarkus.datasource.password", "",
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + pgPort + "/" + database,
                "quarkus.datasource.reactive.url", "postgresql://localhost:" + pgPort + "/" + database,
                "kafka.bootstrap.servers", bootstrap);
    }

    /** Every test of the module: each answer it receives through rest-assured is checked against the document. */
    @Override
    public void inject(TestInjector testInjector) {
        OpenApiResponses.install();
    }

    @Override
    public void stop() {
        // The servers outlive application restarts; they stop with the JVM.
    }

    public static Broker kafka() {
        return new Broker() {
            @Override
            public String bootstrapServers() {
                return (String) call("kafkaBootstrap");
            }

            @Override
            public void stop() {
                call("stopKafka");
            }

            @Override
            public void start() {
                call("startKafka");
            }
        };
    }

    private static Object call(String method, Object... args) {
        ClassLoader system = ClassLoader.getSystemClassLoader();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        // Kafka loads plugins through the context class loader, and its threads inherit it: keep it the system one.
        Thread.currentThread().setContextClassLoader(system);
        try {
            Class<?> servers = Class.forName(SharedServers.class.getName(), true, system);
            Class<?>[] types = new Class<?>[args.length];
            for (int i = 0; i < args.length; i++) {
                types[i] = args[i].getClass();
            }
            return servers.getMethod(method, types).invoke(null, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot reach the shared test servers", e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
