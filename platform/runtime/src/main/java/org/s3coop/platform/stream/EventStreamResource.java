package org.s3coop.platform.stream;

import java.util.concurrent.Executor;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.s3coop.platform.problem.ProblemException;

import io.quarkus.arc.properties.UnlessBuildProperty;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

/**
 * {@code GET /api/v1/events/stream}: the CloudEvents of {@code s3coop.stream.topics} as Server-Sent Events. Only in
 * services built with {@code s3coop.stream.topics} set.
 */
@Path("/api/v1/events/stream")
@Tag(name = "Event stream", description = "The domain events of the services as Server-Sent Events, "
        + "resumable with a cursor")
@UnlessBuildProperty(name = "s3coop.stream.topics", stringValue = "", enableIfMissing = false)
public class EventStreamResource {
    @Inject
    EventStream stream;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamEvents", summary = "The domain events as Server-Sent Events",
            description = "Every CloudEvent of the service's stream topics as it is read from Kafka. Each SSE event "
                    + "has `id:` = a stream cursor (its position in every Kafka partition of the stream, the same on "
                    + "every instance of the service), `event:` = its `ce_type`, and `data:` = a JSON object "
                    + "`{id, type, source, subject, time, data}` (`id` is the CloudEvent id, `data` the event's JSON "
                    + "data, see docs/asyncapi.yaml). A comment `: keep-alive` is sent every 15 s. With "
                    + "`lastEventId` (or the `Last-Event-ID` header) the buffered events after that cursor are sent first, then "
                    + "live ones, with no gap and no duplicate, whichever instance behind a load balancer issued the "
                    + "cursor; an id that is not a cursor (or a CloudEvent id this instance no longer buffers) replays "
                    + "the whole buffer. A client that falls behind by more than the subscriber queue is disconnected "
                    + "and should reconnect with `Last-Event-ID` (browsers' EventSource does so by itself).")
    @APIResponse(responseCode = "200", description = "The stream (never ends by itself)",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(type = SchemaType.STRING)))
    public Multi<OutboundSseEvent> streamEvents(
            @Parameter(description = "Comma-separated `ce_type`s, exact or prefixes ending with `*`, e.g. "
                    + "`org.s3coop.partnership.*,org.s3coop.region.registered.v1`; absent = all")
            @QueryParam("types") String types,
            @Parameter(description = "Only events with this `ce_subject` (region code, partnership id, ...)")
            @QueryParam("subject") String subject,
            // honoured but not in the document: generators would name it like the query parameter (lastEventId);
            // browsers' EventSource sends it by itself on a reconnect
            @Parameter(hidden = true) @HeaderParam("Last-Event-ID") String lastEventIdHeader,
            @Parameter(description = "The id (stream cursor) of the last event received; the stream resumes after it. "
                    + "The `Last-Event-ID` header (what browsers' EventSource sends when it reconnects) says the same "
                    + "and wins over this parameter.", example = "c1f3a.0-0-41.0-2-17.2-1-5")
            @QueryParam("lastEventId") String lastEventId,
            @Context Sse sse, @Context HttpServerRequest request, @Context HttpServerResponse response) {
        if (!stream.enabled()) {
            throw ProblemException.notFound("This service serves no event stream");
        }
        String after = lastEventIdHeader != null && !lastEventIdHeader.isBlank() ? lastEventIdHeader : lastEventId;
        StreamSubscriber subscription = stream.subscribe(stream.filter(types, subject), after, connectionLoop());
        OutboundSseEvent opened = sse.newEventBuilder().comment("stream open").reconnectDelay(3000).build();
        // RESTEasy serves the response and this first comment; the events go straight to the connection (SseConnection)
        return Multi.createFrom().<OutboundSseEvent> emitter(emitter -> {
            emitter.onTermination(subscription::cancel);
            subscription.subscribe(new SseConnection(response, request.version(), request.connection(), emitter, opened));
        });
    }

    /**
     * Where this subscriber's events are delivered: the connection's own event loop (the method runs on it), so each
     * write happens where the connection lives, with no worker thread per event and subscriber and no hop back to the
     * loop; the subscribers of one loop share its {@link LoopTasks}. Outside a Vert.x context (never in practice), the
     * default executor.
     */
    private Executor connectionLoop() {
        io.vertx.core.Context context = Vertx.currentContext();
        if (context == null) {
            return Infrastructure.getDefaultExecutor();
        }
        return stream.loopTasks(context);
    }
}
