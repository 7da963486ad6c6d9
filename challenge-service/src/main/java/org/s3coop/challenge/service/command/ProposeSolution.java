package org.s3coop.challenge.service.command;

import java.util.List;
import java.util.UUID;

/** Propose a solution for a challenge, at meeting {@code meetingId} (optional); it starts PROPOSED. */
public record ProposeSolution(String title, String description, List<String> adoptingRegions, UUID meetingId) {
}
