package org.s3coop.challenge.service.command;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Open a ranking round {@code code}, optionally at a meeting, ranking {@code clusters} (null: the whole catalogue)
 * until {@code deadline} (null: until it is closed by a call).
 */
public record OpenRound(String code, String title, UUID meetingId, List<String> clusters, OffsetDateTime deadline) {
}
