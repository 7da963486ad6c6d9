package org.s3coop.platform.webhooks;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.s3coop.platform.contract.ContractPatterns;
import org.s3coop.platform.idempotency.Idempotent;
import org.s3coop.platform.paging.Page;
import org.s3coop.platform.paging.PageRequest;
import org.s3coop.platform.problem.ProblemException;
import org.s3coop.platform.security.Caller;
import org.s3coop.platform.webhooks.WebhookDelivery.DeliveryStatus;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * {@code /api/v1/webhooks}: subscriptions to the service's CloudEvents over HTTP (docs/api.md, "Webhooks"). An admin
 * subscribes to the events of the types it names (of any regions, or of the regions it names) and manages every
 * subscription; an editor subscribes to the events that name one of its own regions ({@link EventScope}) and manages
 * its own subscriptions only (another's: 403).
 * Only in services built with {@code s3coop.webhooks.enabled=true}.
 */
@Path("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "CloudEvents delivered over HTTP to subscribers that do not read Kafka, signed "
        + "as the Standard Webhooks specification says")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Caller.EDITOR, Caller.ADMIN })
@SecurityRequirement(name = "bearer")
@IfBuildProperty(name = "s3coop.webhooks.enabled", stringValue = "true")
public class WebhookResource {
    private static final String STATUSES = "^(PENDING|DELIVERED|FAILED)$";

    @Inject
    WebhookSubscriptions subscriptions;
    @Inject
    WebhookConfig config;
    @Inject
    WebhookDispatcher dispatcher;
    @Inject
    Caller caller;
    @Inject
    UriInfo uriInfo;

    @POST
    @Idempotent
    @Operation(operationId = "createWebhook", summary = "Subscribe an endpoint to events",
            description = "Delivers the CloudEvents of the given types that happen from now on to `url`, each as an "
                    + "HTTP POST in CloudEvents binary mode (`ce-*` headers, the event data as the JSON body), signed "
                    + "with the secret (`webhook-id`, `webhook-timestamp`, `webhook-signature`, Standard Webhooks). "
                    + "An editor's subscription gets only events that name one of its token's regions. The secret "
                    + "(generated when not given) is in this answer only.")
    @APIResponse(responseCode = "201", description = "Subscribed; Location names the subscription",
            content = @Content(schema = @Schema(implementation = CreatedWebhook.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, e.g. a URL that is not https or whose host "
            + "resolves to a loopback, private, link-local or metadata address (violation on `url`)")
    public Uni<Response> create(@NotNull @Valid CreateWebhook body) {
        List<String> regions = regions(body.regions());
        DeliveryTarget target;
        try {
            target = DeliveryTarget.parse(body.url(), config.allowHttp());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("url", e.getMessage());
        }
        String secret = body.secret() == null ? WebhookSecret.generate() : body.secret();
        String secretProblem = WebhookSecret.problem(secret);
        if (secretProblem != null) {
            throw ProblemException.invalid("secret", secretProblem);
        }
        int rate = body.maxPerSecond() == null ? config.maxPerSecond() : body.maxPerSecond();
        if (rate > config.maxPerSecond()) {
            throw ProblemException.invalid("maxPerSecond", "must be at most " + config.maxPerSecond());
        }
        UUID id = UUID.randomUUID();
        List<String> types = List.copyOf(new LinkedHashSet<>(body.types()));
        return reachable(target.host())
                .chain(() -> subscriptions.create(id, body.url(), types, regions, secret, caller.name(), rate))
                .map(w -> Response.created(uriInfo.getAbsolutePathBuilder().path(id.toString()).build())
                        .entity(CreatedWebhook.of(w, secret)).build());
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List webhook subscriptions",
            description = "An admin's: all of them; an editor's: its own. Oldest first; secrets are never shown.")
    @APIResponse(responseCode = "200", description = "One page of subscriptions")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token is neither an editor's nor an admin's")
    public Uni<Page<Webhook>> list(@Valid @BeanParam PageRequest page) {
        return subscriptions.list(owner(), page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Read a webhook subscription",
            description = "Its status (ACTIVE or PAUSED, and why), failures in a row, rate; never its secret.")
    @APIResponse(responseCode = "200", description = "The subscription",
            content = @Content(schema = @Schema(implementation = Webhook.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token is neither an editor's nor an admin's, or the "
            + "subscription is another editor's")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public Uni<Webhook> get(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE)
    @Parameter(description = "The subscription's id") String id) {
        return manageable(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Unsubscribe",
            description = "Deletes the subscription, its queued deliveries and its delivery log.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public Uni<Response> delete(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE)
    String id) {
        return manageable(id).chain(w -> subscriptions.delete(w.id())).map(found -> {
            if (!found) {
                throw notFound(id);
            }
            return Response.noContent().build();
        });
    }

    @POST
    @Path("/{id}/pause")
    @Consumes(MediaType.WILDCARD)
    @Idempotent
    @Operation(operationId = "pauseWebhook", summary = "Pause deliveries",
            description = "Nothing is sent while paused; events keep being queued (and are given up 24 h after they "
                    + "happened). The service pauses a subscription by itself when its attempts keep failing.")
    @APIResponse(responseCode = "200", description = "Paused",
            content = @Content(schema = @Schema(implementation = Webhook.class)))
    @APIResponse(responseCode = "404", description = "No such subscription")
    public Uni<Webhook> pause(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE)
    String id) {
        return manageable(id).chain(w -> subscriptions.pause(w.id(), "paused by " + caller.name()))
                .map(w -> w.orElseThrow(() -> notFound(id)));
    }

    @POST
    @Path("/{id}/resume")
    @Consumes(MediaType.WILDCARD)
    @Idempotent
    @Operation(operationId = "resumeWebhook", summary = "Resume deliveries",
            description = "Active again: what was queued meanwhile is sent now, in order. Deliveries given up stay "
                    + "given up: replay them.")
    @APIResponse(responseCode = "200", description = "Active",
            content = @Content(schema = @Schema(implementation = Webhook.class)))
    @APIResponse(responseCode = "404", description = "No such subscription")
    public Uni<Webhook> resume(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE)
    String id) {
        return manageable(id).chain(w -> subscriptions.resume(w.id())).map(w -> w.orElseThrow(() -> notFound(id)))
                .invoke(dispatcher::wake);
    }

    @POST
    @Path("/{id}/test")
    @Consumes(MediaType.WILDCARD)
    @Idempotent
    @Operation(operationId = "testWebhook", summary = "Send a test delivery",
            description = "Queues one message of type `org.s3coop.webhook.test.v1`, signed like any delivery and sent "
                    + "once (even while paused); its outcome shows in the delivery log.")
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(schema = @Schema(implementation = WebhookDelivery.class)))
    @APIResponse(responseCode = "404", description = "No such subscription")
    public Uni<Response> test(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE)
    String id) {
        return manageable(id).chain(w -> subscriptions.test(w.id()))
                .map(d -> Response.accepted(d.orElseThrow(() -> notFound(id))).build()).invoke(dispatcher::wake);
    }

    @POST
    @Path("/{id}/replay")
    @Idempotent
    @Operation(operationId = "replayWebhook", summary = "Send events again from a time on",
            description = "Queues again, in their original order, the events this subscription was sent (or is due) "
                    + "whose time is at or after `from`, as far back as the delivery log is kept (7 days by default). "
                    + "They keep their `webhook-id`, so a receiver that deduplicates drops what it already has.")
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(schema = @Schema(implementation = Replay.Result.class)))
    @APIResponse(responseCode = "404", description = "No such subscription")
    public Uni<Response> replay(@PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE)
    String id, @NotNull @Valid Replay.Request body) {
        return manageable(id).chain(w -> subscriptions.replay(w.id(), body.time()))
                .map(n -> Response.accepted(new Replay.Result(n.orElseThrow(() -> notFound(id)), body.time())).build())
                .invoke(dispatcher::wake);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log",
            description = "What was sent to the subscription and what came of it, newest first: status, attempts, "
                    + "the last HTTP status or error, when it is tried next.")
    @APIResponse(responseCode = "200", description = "One page of deliveries")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token is neither an editor's nor an admin's, or the "
            + "subscription is another editor's")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public Uni<Page<WebhookDelivery>> deliveries(
            @PathParam("id") @Pattern(regexp = ContractPatterns.UUID, message = ContractPatterns.UUID_RULE) String id,
            @QueryParam("status") @Pattern(regexp = STATUSES, message = "must be PENDING, DELIVERED or FAILED")
            @Parameter(description = "Only deliveries in this status",
                    schema = @Schema(implementation = DeliveryStatus.class)) String status,
            @Valid @BeanParam PageRequest page) {
        DeliveryStatus only = status == null ? null : DeliveryStatus.valueOf(status);
        return manageable(id).chain(w -> subscriptions.deliveries(w.id(), only, page))
                .map(p -> p.orElseThrow(() -> notFound(id)));
    }

    /** An admin lists every subscription; an editor its own. */
    private String owner() {
        return caller.isAdmin() ? null : caller.name();
    }

    /** The subscription, if the caller may manage it: an admin any, an editor its own (403 for another's). */
    private Uni<Webhook> manageable(String id) {
        return subscriptions.find(UUID.fromString(id)).map(found -> {
            Webhook w = found.orElseThrow(() -> notFound(id));
            if (!caller.isAdmin() && !w.owner().equals(caller.name())) {
                throw ProblemException.forbidden("Webhook subscription " + id + " is another caller's; an editor "
                        + "manages its own");
            }
            return w;
        });
    }

    /**
     * The regions a new subscription is limited to: an admin's as asked (none: every event); an editor's as asked
     * among its own (403 for another's), by default all of its own.
     */
    private List<String> regions(List<String> asked) {
        List<String> wanted = asked == null ? null : List.copyOf(new java.util.TreeSet<>(asked));
        if (caller.isAdmin()) {
            return wanted;
        }
        if (wanted == null) {
            if (caller.regions().isEmpty()) {
                throw ProblemException.forbidden("An editor's webhook delivers the events of its regions; your token "
                        + "lists none");
            }
            return List.copyOf(caller.regions());
        }
        List<String> others = wanted.stream().filter(r -> !caller.regions().contains(r)).toList();
        if (!others.isEmpty()) {
            throw ProblemException.forbidden("Your token may subscribe to the events of its own regions only; "
                    + others + " are not among " + caller.regions());
        }
        return wanted;
    }


    private static ProblemException notFound(String id) {
        return ProblemException.notFound("No webhook subscription " + id);
    }

    /**
     * The SSRF guard before anything is stored: the host is resolved (off the event loop) and every address must be
     * allowed. Deliveries check again at every attempt.
     */
    private Uni<Void> reachable(String host) {
        AddressGuard guard = new AddressGuard(config.allowedNetworks().orElse(List.of()));
        Context context = Vertx.currentContext();
        Uni<Void> check = Uni.createFrom().<Void>item(() -> {
            try {
                guard.resolve(host);
                return null;
            } catch (AddressGuard.RefusedAddressException e) {
                throw ProblemException.invalid("url", e.getMessage());
            }
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return context == null ? check : check.emitOn(r -> context.runOnContext(v -> r.run()));
    }
}
