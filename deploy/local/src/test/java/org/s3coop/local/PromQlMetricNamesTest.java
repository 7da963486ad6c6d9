package org.s3coop.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromQlMetricNamesTest {

    @Test
    void findsTheMetricsAndNothingElse() {
        assertThat(PromQlMetricNames.of("sum by (service, method, uri) (rate(http_server_requests_seconds_sum{namespace=\"$namespace\", "
                + "service=~\"$service\"}[$__rate_interval])) / sum by (service) (rate(http_server_requests_seconds_count{outcome=\"x y\"}[5m]))"))
                .containsExactly("http_server_requests_seconds_count", "http_server_requests_seconds_sum");
        assertThat(PromQlMetricNames.of("topk(10, max without (pod) (kafka_consumer_fetch_manager_records_lag_max)) > 1e3"))
                .containsExactly("kafka_consumer_fetch_manager_records_lag_max");
        assertThat(PromQlMetricNames.of("increase(kafka_producer_record_send_total{client_id=~\"kafka-dead-letter-.*\"}[1h])"))
                .containsExactly("kafka_producer_record_send_total");
    }
}
