package org.s3coop.partnership.domain;

import java.util.Optional;

/** The stages of a partnership, in order. */
public enum Stage {
    SCOPING, MAPPING, PILOT, SCALE_UP;

    public Optional<Stage> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public boolean isBefore(Stage other) {
        return ordinal() < other.ordinal();
    }
}
