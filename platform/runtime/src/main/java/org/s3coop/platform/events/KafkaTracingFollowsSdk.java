package org.s3coop.platform.events;

import jakarta.annotation.Priority;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;

/**
 * SmallRye Kafka's record tracing follows the OpenTelemetry SDK: unless a channel or the connector sets
 * {@code tracing-enabled} itself, it is on when the SDK is and off while the SDK is disabled
 * ({@code quarkus.otel.sdk.disabled=true}, the default). Without this the connector built a receive span for every
 * record even with the SDK off (docs/performance.md, "Issue 18, stop 26: the event consumers"); with the SDK on
 * nothing changes, and the consumers' spans continue the record's trace either way ({@link EventTracing}).
 * Registered in {@code META-INF/services/io.smallrye.config.ConfigSourceInterceptor}.
 */
@Priority(Priorities.APPLICATION + 100)
public class KafkaTracingFollowsSdk implements ConfigSourceInterceptor {
    static final String CONNECTOR_TRACING = "mp.messaging.connector.smallrye-kafka.tracing-enabled";
    static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (value != null || !CONNECTOR_TRACING.equals(name)) {
            return value;
        }
        ConfigValue disabled = context.proceed(SDK_DISABLED);
        boolean sdkOn = disabled == null || !Boolean.parseBoolean(disabled.getValue());
        return ConfigValue.builder().withName(name).withValue(String.valueOf(sdkOn))
                .withConfigSourceName(KafkaTracingFollowsSdk.class.getSimpleName()).build();
    }
}
