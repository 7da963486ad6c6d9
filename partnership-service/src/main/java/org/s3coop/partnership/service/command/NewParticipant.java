package org.s3coop.partnership.service.command;

import org.s3coop.partnership.domain.StakeholderType;

/** Add an organisation of a member region to a partnership's participants. */
public record NewParticipant(String name, StakeholderType type, String regionCode) {
}
