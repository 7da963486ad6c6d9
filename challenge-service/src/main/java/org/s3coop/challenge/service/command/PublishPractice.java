package org.s3coop.challenge.service.command;

import java.util.UUID;

import org.s3coop.challenge.domain.Practice;

/** Publish an adopted solution as a good practice, with its story. */
public record PublishPractice(UUID solutionId, Practice.Story story) {
}
