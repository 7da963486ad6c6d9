package org.s3coop.region.service.command;

import org.s3coop.region.domain.StakeholderType;

/** Add an organisation to the ecosystem of region {@code regionCode}. */
public record AddStakeholder(String regionCode, String name, StakeholderType type) {
}
