package org.s3coop.contracts.events;

import java.util.ArrayList;
import java.util.List;

import org.s3coop.platform.events.EventTypeFilter;
import org.s3coop.platform.events.IncomingEvent;
import org.s3coop.platform.events.PoisonEventException;
import org.s3coop.platform.rest.ContractPatterns;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A region as region-service's events describe it (topic {@code s3coop.regions.v1}; every event carries the full
 * state). Read strictly, the same way by every consumer: data that breaks the contract is a poison record
 * (dead-lettered with the reason), never half-applied.
 */
public record RegionSnapshot(String code, String name, String country, boolean active, List<Priority> priorities,
        long version) {

    public static final String REGISTERED = "org.s3coop.region.registered.v1";
    public static final String UPDATED = "org.s3coop.region.updated.v1";
    public static final String RETIRED = "org.s3coop.region.retired.v1";
    /** The region events a consumer reads (other types on the topic are skipped). */
    public static final EventTypeFilter TYPES = EventTypeFilter.v1Of("region");

    /** A priority as the event lists it; {@code label} may be absent. */
    public record Priority(String family, String code, String label) {
    }

    /** The region the event describes; a {@code retired} event is inactive whatever its data says. */
    public static RegionSnapshot read(IncomingEvent event) {
        String code = event.text("code");
        if (!code.matches(ContractPatterns.NUTS_CODE)) {
            throw poison(event, "data.code " + code + " is not a NUTS code");
        }
        JsonNode active = event.data().get("active");
        if (active == null || !active.isBoolean()) {
            throw poison(event, "data.active is missing or not a boolean");
        }
        JsonNode name = event.data().get("name");
        JsonNode country = event.data().get("country");
        return new RegionSnapshot(code, name != null && name.isTextual() ? name.asText() : null,
                country != null && country.isTextual() ? country.asText() : code.substring(0, 2),
                !RETIRED.equals(event.type()) && active.asBoolean(), priorities(event), event.version());
    }

    private static List<Priority> priorities(IncomingEvent event) {
        JsonNode array = event.data().get("priorities");
        if (array == null || !array.isArray()) {
            throw poison(event, "data.priorities is missing or not an array");
        }
        List<Priority> priorities = new ArrayList<>();
        for (JsonNode p : array) {
            JsonNode family = p.get("family");
            JsonNode code = p.get("code");
            if (family == null || !family.isTextual() || code == null || !code.isTextual()) {
                throw poison(event, "every data.priorities item needs a family and a code");
            }
            JsonNode label = p.get("label");
            priorities.add(new Priority(family.asText(), code.asText(),
                    label != null && label.isTextual() ? label.asText() : null));
        }
        return List.copyOf(priorities);
    }

    private static PoisonEventException poison(IncomingEvent event, String why) {
        return new PoisonEventException(event.type() + " " + event.id() + ": " + why);
    }
}
