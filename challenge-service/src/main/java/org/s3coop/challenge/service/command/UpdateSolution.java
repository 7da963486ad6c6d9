package org.s3coop.challenge.service.command;

import java.util.List;

import org.s3coop.challenge.domain.SolutionStatus;

/** The solution as it now is; its status moves forward only. */
public record UpdateSolution(String title, String description, SolutionStatus status, List<String> adoptingRegions) {
}
