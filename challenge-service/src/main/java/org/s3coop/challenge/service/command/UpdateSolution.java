package org.s3coop.challenge.service.command;

import java.util.List;
import java.util.UUID;

import org.s3coop.challenge.domain.SolutionStatus;

/** The solution as it now is; its status moves forward only; {@code meetingId} null keeps its meeting. */
public record UpdateSolution(String title, String description, SolutionStatus status, List<String> adoptingRegions,
        UUID meetingId) {
}
