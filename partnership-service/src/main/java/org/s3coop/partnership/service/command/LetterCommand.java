package org.s3coop.partnership.service.command;

import java.time.LocalDate;

/** Record a member region's commitment letter: who signed it, when, until when it holds, and the document. */
public record LetterCommand(String signedBy, LocalDate signedOn, LocalDate validUntil, String documentUri,
        String documentSha256) {
}
