package org.s3coop.partnership.rest.dto;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.partnership.service.command.LetterCommand;

@Schema(name = "PutCommitmentLetter", description = "A member region's commitment letter: the authority that signed "
        + "it, when, the last day it holds, and where the signed document is with its SHA-256")
public record PutCommitmentLetter(
        @NotBlank @Size(max = 300) @Schema(required = true, example = "Generalitat de Catalunya") String signedBy,
        @NotNull @Schema(required = true, example = "2026-01-15", description = "Not after today") LocalDate signedOn,
        @NotNull @Schema(required = true, example = "2028-01-14", description = "The last day it holds (inclusive)")
        LocalDate validUntil,
        @NotNull @Valid @Schema(required = true) LetterDocumentInput document) {

    @Schema(name = "LetterDocumentInput", description = "Where the signed document is, and its SHA-256")
    public record LetterDocumentInput(
            @NotBlank @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URI")
            @Schema(required = true, example = "https://docs.example.org/letters/es51-2026.pdf") String uri,
            @NotNull @Pattern(regexp = "^[0-9a-f]{64}$", message = "must be a SHA-256 digest: 64 lower-case hex digits")
            @Schema(required = true, example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
            String sha256) {
    }

    public LetterCommand toCommand() {
        return new LetterCommand(signedBy, signedOn, validUntil, document.uri(), document.sha256());
    }
}
