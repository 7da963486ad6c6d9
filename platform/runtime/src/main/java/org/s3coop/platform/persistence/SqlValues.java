package org.s3coop.platform.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Values of native query results, whichever Java type the driver chose for them. */
public final class SqlValues {
    private SqlValues() {
    }

    /** A {@code timestamptz} column (OffsetDateTime, Instant or LocalDateTime in UTC); null stays null. */
    public static OffsetDateTime offsetDateTime(Object value) {
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime ldt) {
            return ldt.atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(String.valueOf(value));
    }
}
