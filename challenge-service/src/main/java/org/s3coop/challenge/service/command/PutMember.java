package org.s3coop.challenge.service.command;

import java.time.LocalDate;
import java.util.List;

import org.s3coop.challenge.domain.Representative;

/** Admit a region to the working group, or describe its membership anew; {@code joinedOn} null: today or as it was. */
public record PutMember(String regionCode, List<Representative> representatives, LocalDate joinedOn) {
}
