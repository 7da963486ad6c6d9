package org.s3coop.contracts.events;

import java.util.ArrayList;
import java.util.List;

import org.s3coop.platform.contract.ContractPatterns;
import org.s3coop.platform.events.EventTypeFilter;
import org.s3coop.platform.events.IncomingEvent;
import org.s3coop.platform.events.PoisonEventException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A region as region-service's events describe it (topic {@code s3coop.regions.v1}; every event carries the full
 * state). Read strictly, the same way by every consumer: data that breaks the contract is a poison record
 * (dead-lettered with the reason), never half-applied. {@code country} is the level-0 NUTS code; {@code parent} is
 * null at level 0; {@code euMemberState} is derived from the country for events written before it was carried.
 */
public record RegionSnapshot(String code, String name, String country, String parent, boolean euMemberState,
        boolean active, List<Priority> priorities, long version) {

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
        String country = code.substring(0, 2);
        JsonNode declared = event.data().get("country");
        if (declared != null && !declared.isNull() && !country.equals(declared.asText())) {
            throw poison(event, "data.country " + declared.asText() + " is not the level-0 code of " + code);
        }
        JsonNode parent = event.data().get("parent");
        String parentCode = parent != null && parent.isTextual() ? parent.asText() : null;
        if (parentCode != null && !(code.startsWith(parentCode) && parentCode.length() == code.length() - 1)) {
            throw poison(event, "data.parent " + parentCode + " is not the parent of " + code);
        }
        JsonNode eu = event.data().get("euMemberState");
        if (eu != null && !eu.isNull() && !eu.isBoolean()) {
            throw poison(event, "data.euMemberState is not a boolean");
        }
        return new RegionSnapshot(code, text(event, "name"), country, parentCode,
                eu != null && eu.isBoolean() ? eu.asBoolean() : EuMemberStates.contains(code),
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

    private static String text(IncomingEvent event, String field) {
        JsonNode value = event.data().get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static PoisonEventException poison(IncomingEvent event, String why) {
        return new PoisonEventException(event.type() + " " + event.id() + ": " + why);
    }
}
