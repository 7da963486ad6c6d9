package org.s3coop.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** SmallRye Kafka's record tracing is on exactly when the OpenTelemetry SDK is, unless set explicitly. */
class KafkaTracingFollowsSdkTest {

    private static boolean connectorTracing(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().addDefaultInterceptors().withProfile("test")
                .withInterceptors(new KafkaTracingFollowsSdk())
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build();
        return config.getValue(KafkaTracingFollowsSdk.CONNECTOR_TRACING, Boolean.class);
    }

    @Test
    void offWhileTheSdkIsDisabled() {
        assertThat(connectorTracing(Map.of(KafkaTracingFollowsSdk.SDK_DISABLED, "true"))).isFalse();
    }

    @Test
    void onWhenTheSdkIs() {
        assertThat(connectorTracing(Map.of(KafkaTracingFollowsSdk.SDK_DISABLED, "false"))).isTrue();
        assertThat(connectorTracing(Map.of())).as("the SDK's own default: enabled").isTrue();
    }

    @Test
    void theSdkSettingOfTheActiveProfileCounts() {
        assertThat(connectorTracing(Map.of(KafkaTracingFollowsSdk.SDK_DISABLED, "true",
                "%test." + KafkaTracingFollowsSdk.SDK_DISABLED, "false"))).isTrue();
    }

    @Test
    void anExplicitSettingWins() {
        assertThat(connectorTracing(Map.of(KafkaTracingFollowsSdk.SDK_DISABLED, "true",
                KafkaTracingFollowsSdk.CONNECTOR_TRACING, "true"))).isTrue();
    }
}
