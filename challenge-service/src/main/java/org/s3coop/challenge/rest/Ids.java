package org.s3coop.challenge.rest;

import java.util.UUID;

/**
 * Ids in request bodies are strings checked by {@code ContractPatterns.UUID} (so that a NUL character or white
 * space, which Jackson's UUID reader would trim to "absent", is a 400 rather than no id); here they are read.
 */
public final class Ids {
    private Ids() {
    }

    /** The UUID of a string that passed the pattern; null for null. */
    public static UUID uuid(String value) {
        return value == null ? null : UUID.fromString(value);
    }
}
