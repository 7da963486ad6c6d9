package org.s3coop.challenge.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.s3coop.platform.problem.ProblemException;

/**
 * Dates and times in request bodies and queries are strings checked by a pattern ({@link ChallengePatterns#DATE},
 * {@link ChallengePatterns#INSTANT}); here they are read, and a value that fits the pattern but names no day
 * ({@code 2023-02-30}) is refused with 400 on its field.
 */
public final class Dates {
    private Dates() {
    }

    public static LocalDate date(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, ChallengePatterns.DATE_RULE + " (" + value + " is no day)");
        }
    }

    public static OffsetDateTime instant(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, ChallengePatterns.INSTANT_RULE + " (" + value + " is no time)");
        }
    }
}
