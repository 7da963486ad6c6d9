package org.s3coop.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * components/grafana-dashboard: a ConfigMap Grafana's sidecar loads, holding a dashboard that parses and covers
 * what ops watch. That every metric it queries is one the services expose is checked against their live
 * /q/metrics by deploy/local's LauncherSignalsIT.
 */
class GrafanaDashboardTest {

  static final String TARGET = "overlays/prod+components/grafana-dashboard";

  private static JsonNode dashboard() throws Exception {
    ObjectNode configMap = Targets.rendered(TARGET).find("ConfigMap", "s3coop-grafana-dashboard").orElseThrow();
    assertThat(configMap.path("metadata").path("labels").path("grafana_dashboard").asText()).isEqualTo("1");
    String json = configMap.path("data").path("s3coop-dashboard.json").asText();
    assertThat(json).as("the ConfigMap holds the file as it is")
        .isEqualTo(Files.readString(Kustomize.moduleDir().resolve("components/grafana-dashboard/s3coop-dashboard.json")));
    return new ObjectMapper().readTree(json);
  }

  @Test
  void theConfigMapHoldsADashboardThatParses() throws Exception {
    JsonNode d = dashboard();
    assertThat(d.path("uid").asText()).isEqualTo("s3coop-services");
    assertThat(d.path("title").asText()).isNotBlank();
    assertThat(d.path("schemaVersion").asInt()).isGreaterThanOrEqualTo(36);
    Set<String> variables = new TreeSet<>();
    d.path("templating").path("list").forEach(v -> variables.add(v.path("name").asText()));
    assertThat(variables).containsExactlyInAnyOrder("datasource", "namespace", "service");
    Set<Integer> ids = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    for (JsonNode panel : d.path("panels")) {
      if (!ids.add(panel.path("id").asInt())) {
        problems.add("panel id " + panel.path("id") + " twice");
      }
      if (panel.path("type").asText().equals("row")) {
        continue;
      }
      if (!panel.path("datasource").path("uid").asText().equals("${datasource}") || panel.path("targets").isEmpty()) {
        problems.add(panel.path("title").asText() + ": needs the datasource variable and a query");
      }
      for (JsonNode target : panel.path("targets")) {
        String expr = target.path("expr").asText();
        if (!expr.contains("namespace=\"$namespace\"") || !expr.contains("service=~\"$service\"")) {
          problems.add(panel.path("title").asText() + ": query not scoped to $namespace and $service: " + expr);
        }
        if (count(expr, '(') != count(expr, ')') || count(expr, '{') != count(expr, '}')) {
          problems.add(panel.path("title").asText() + ": unbalanced brackets: " + expr);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void itShowsRequestsLatencyOutboxConsumerLagDeadLettersAndJvmMemory() throws Exception {
    String exprs = String.join("\n", dashboard().findValuesAsText("expr"));
    assertThat(exprs)
        .contains("rate(http_server_requests_seconds_count")
        .contains("rate(http_server_requests_seconds_sum")
        .contains("s3coop_outbox_pending")
        .contains("s3coop_outbox_failed")
        .contains("s3coop_outbox_published_total")
        .contains("kafka_consumer_fetch_manager_records_lag_max")
        .contains("kafka_producer_record_send_total{namespace=\"$namespace\", service=~\"$service\", "
            + "client_id=~\"kafka-dead-letter-topic-producer-.*\"}")
        .contains("jvm_memory_used_bytes");
  }

  private static long count(String text, char c) {
    return text.chars().filter(x -> x == c).count();
  }
}
