package org.s3coop.partnership.service.command;

import org.s3coop.partnership.domain.StakeholderType;

/** Rename a participant or change its type (its region stays). */
public record ParticipantChange(String name, StakeholderType type) {
}
