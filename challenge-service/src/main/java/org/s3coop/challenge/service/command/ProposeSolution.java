package org.s3coop.challenge.service.command;

import java.util.List;

/** Propose a solution for a challenge; it starts PROPOSED. */
public record ProposeSolution(String title, String description, List<String> adoptingRegions) {
}
