package org.s3coop.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;

/**
 * An OTLP/HTTP trace receiver in the test JVM, as a collector would be: the services export their spans to it
 * ({@code http/protobuf}, {@code POST /v1/traces}) and tests read them back by trace id. It keeps at most
 * {@value #MAX_SPANS} spans (the suite samples only the traces a test starts).
 */
public final class OtlpReceiver implements AutoCloseable {
    static final int MAX_SPANS = 20_000;
    private static final HexFormat HEX = HexFormat.of();

    /** One span as a collector receives it: the service that sent it, its ids, kind and name. */
    public record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String kind,
            String name) {
        @Override
        public String toString() {
            return service + " " + kind + " " + name;
        }
    }

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new ArrayList<>();

    public OtlpReceiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.createContext("/v1/traces", this::receive);
        server.start();
    }

    public String endpoint() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The spans received so far of one trace. */
    public synchronized List<ReceivedSpan> trace(String traceId) {
        return spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            boolean gzip = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
            ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(gzip ? new GZIPInputStream(body) : body);
            List<ReceivedSpan> received = new ArrayList<>();
            for (ResourceSpans resource : request.getResourceSpansList()) {
                String service = resource.getResource().getAttributesList().stream()
                        .filter(a -> a.getKey().equals("service.name")).map(KeyValue::getValue)
                        .map(v -> v.getStringValue()).findFirst().orElse("?");
                for (ScopeSpans scope : resource.getScopeSpansList()) {
                    for (Span s : scope.getSpansList()) {
                        received.add(new ReceivedSpan(service, HEX.formatHex(s.getTraceId().toByteArray()),
                                HEX.formatHex(s.getSpanId().toByteArray()), HEX.formatHex(s.getParentSpanId().toByteArray()),
                                s.getKind().name().replace("SPAN_KIND_", ""), s.getName()));
                    }
                }
            }
            synchronized (this) {
                int room = MAX_SPANS - spans.size();
                spans.addAll(received.subList(0, Math.max(0, Math.min(room, received.size()))));
            }
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        } catch (RuntimeException e) {
            exchange.sendResponseHeaders(400, -1);
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
