package org.s3coop.challenge.service.command;

import java.util.UUID;

import org.s3coop.challenge.domain.AdoptionStatus;

/** Region {@code regionCode}'s adoption of practice {@code practiceId} as it now is; {@code adaptationNotes} null keeps them. */
public record ChangeAdoption(UUID practiceId, String regionCode, AdoptionStatus status, String adaptationNotes) {
}
