package org.s3coop.region.service.command;

import org.s3coop.region.domain.PriorityFamily;

/**
 * A priority as a command names it: a code of one family, which must be in the priority catalogue, and the region's
 * label for it ({@code null} or blank: the catalogue's).
 */
public record PriorityChoice(PriorityFamily family, String code, String label) {
}
