package org.s3coop.local;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * From pilot to investment (partnership-service, issue 15), from {@code demo/investment.json}: investment projects on
 * the demo partnerships (named by title) in every status and several instruments, and monitoring reports of two
 * half-years — the last closed one ({@code @last}) and the one before ({@code @previous}) — submitted, except one
 * partnership's last report, left a DRAFT: the report a coordinator still owes. (Its {@code reportOverdue} turns true
 * only for a partnership that existed before that half-year closed, so not on a stack seeded today.) Afterwards the
 * portfolio's project counts and investment mobilised are checked against the file's {@code expect}. Nothing is added
 * when a demo partnership has projects already, so a restart adds nothing twice.
 */
final class InvestmentDemo {
    private final DemoData demo;
    private int projects;
    private int reports;
    private int drafts;

    InvestmentDemo(DemoData demo) {
        this.demo = demo;
    }

    private URI uri(String path) {
        return demo.endpoints.partnership().resolve(path);
    }

    void seed() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        JsonNode data = demo.resource("demo/investment.json");
        Map<String, String> ids = demo.partnershipIdsByTitle();
        String first = ids.get(data.path("partnerships").path(0).path("title").asText());
        if (first == null) {
            Console.warn("demo data: investment: partnership '%s' is missing; no projects or reports added",
                    data.path("partnerships").path(0).path("title").asText());
            return;
        }
        JsonNode existing = demo.api.json(demo.api.get(uri("/api/v1/partnerships/" + first + "/projects")));
        if (existing.size() > 0) {
            Console.step("demo data: investment projects already there, none added (%s)",
                    Console.seconds(System.nanoTime() - t0));
            return;
        }
        int failed = 0;
        for (JsonNode entry : data.path("partnerships")) {
            String title = entry.required("title").asText();
            String id = ids.get(title);
            try {
                if (id == null) {
                    throw new DemoData.StepRefused("no partnership of that title");
                }
                for (JsonNode project : entry.path("projects")) {
                    project(id, project);
                }
                for (JsonNode report : entry.path("reports")) {
                    report(id, report);
                }
            } catch (DemoData.StepRefused e) {
                failed++;
                Console.warn("demo data: investment of '%s': %s", title, e.getMessage());
            }
        }
        JsonNode portfolio = demo.api.json(demo.api.get(uri("/api/v1/portfolio")));
        check(data.path("expect"), portfolio);
        Console.step("demo data: investment: %d projects (%s), %d monitoring reports submitted and %d draft(s) over %s "
                + "and %s; mobilised %s EUR requested, %s EUR granted%s (%s)", projects,
                portfolio.path("projectsByStatus"), reports, drafts, period("@previous"), period("@last"),
                portfolio.path("mobilised").path("requestedEur").asText(), portfolio.path("mobilised").path("grantedEur").asText(),
                failed > 0 ? ", " + failed + " partnership(s) failed" : "", Console.seconds(System.nanoTime() - t0));
    }

    private void project(String id, JsonNode project) throws IOException, InterruptedException {
        String base = "/api/v1/partnerships/" + id + "/projects";
        String title = project.required("body").required("title").asText();
        JsonNode created = demo.expect(demo.api.post(uri(base), project.required("body")), "record project " + title);
        String projectId = created.required("id").asText();
        for (JsonNode action : project.path("actions")) {
            ObjectNode body = demo.json.createObjectNode().put("action", action.asText()).put("reason", "demo data");
            demo.expect(demo.api.post(uri(base + "/" + projectId + "/transitions"), body),
                    action.asText() + " project " + title);
        }
        projects++;
    }

    private void report(String id, JsonNode report) throws IOException, InterruptedException {
        String path = "/api/v1/partnerships/" + id + "/reports/" + period(report.required("period").asText());
        ObjectNode body = demo.json.createObjectNode().put("narrative", report.path("narrative").asText());
        body.set("values", report.path("values"));
        demo.expect(demo.api.put(uri(path), body), "write report " + path);
        if (report.path("submit").asBoolean()) {
            demo.expect(demo.api.post(uri(path + "/submission"), demo.json.createObjectNode()), "submit report " + path);
            reports++;
        } else {
            drafts++;
        }
    }

    /** {@code @last}: the last closed half-year (UTC); {@code @previous}: the one before. */
    static String period(String name) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int year = today.getYear();
        int half = today.getMonthValue() <= 6 ? 1 : 2;
        int back = "@previous".equals(name) ? 2 : 1;
        int index = year * 2 + (half - 1) - back;
        return (index / 2) + "-H" + (index % 2 + 1);
    }

    private static void check(JsonNode expect, JsonNode portfolio) {
        for (Iterator<Map.Entry<String, JsonNode>> it = expect.path("projectsByStatus").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            long actual = portfolio.path("projectsByStatus").path(e.getKey()).asLong();
            if (actual != e.getValue().asLong()) {
                Console.warn("demo data: investment: %d project(s) %s, expected %d", actual, e.getKey(), e.getValue().asLong());
            }
        }
        for (String field : new String[] { "requestedEur", "grantedEur" }) {
            BigDecimal actual = portfolio.path("mobilised").path(field).decimalValue();
            BigDecimal expected = expect.path("mobilised").path(field).decimalValue();
            if (actual.compareTo(expected) != 0) {
                Console.warn("demo data: investment: mobilised %s %s, expected %s", field, actual.toPlainString(),
                        expected.toPlainString());
            }
        }
    }
}
