package org.s3coop.partnership.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A member region's commitment letter: the authority that signed it, when, until when it holds, and the document
 * (where it is and its SHA-256). Valid on a day when it is signed by then, not expired, and covers the programme's
 * minimum months from its signing date.
 */
@Schema(name = "CommitmentLetter")
public record CommitmentLetter(
        @Schema(example = "ES51") String regionCode,
        @Schema(example = "Generalitat de Catalunya, Department of Research and Universities") String signedBy,
        @Schema(example = "2026-01-15") LocalDate signedOn,
        @Schema(example = "2028-01-14", description = "The last day it holds") LocalDate validUntil,
        Document document,
        @Schema(description = "When it was recorded") OffsetDateTime recordedAt) {

    /** Where the signed document is, and its SHA-256 (hex), so anyone can check the copy they fetch. */
    @Schema(name = "LetterDocument")
    public record Document(
            @Schema(example = "https://docs.example.org/letters/es51-2026.pdf") String uri,
            @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256) {
    }

    /** Why the letter does not count on {@code today} under {@code minMonths}; empty when it does. */
    public Optional<String> flaw(LocalDate today, int minMonths) {
        if (signedOn.isAfter(today)) {
            return Optional.of(regionCode + "'s letter is dated " + signedOn + ", after today");
        }
        if (validUntil.isBefore(today)) {
            return Optional.of(regionCode + "'s letter expired on " + validUntil);
        }
        LocalDate needed = coveredUntil(minMonths);
        if (validUntil.isBefore(needed)) {
            return Optional.of(regionCode + "'s letter holds until " + validUntil + ", less than " + minMonths
                    + " months from its signing on " + signedOn + " (until " + needed + " at least)");
        }
        return Optional.empty();
    }

    /** The last day a letter signed on {@link #signedOn} must hold to cover {@code months}: the day before the same date then. */
    public LocalDate coveredUntil(int months) {
        return months == 0 ? signedOn : signedOn.plusMonths(months).minusDays(1);
    }
}
