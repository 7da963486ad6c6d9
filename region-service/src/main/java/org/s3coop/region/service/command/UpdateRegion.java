package org.s3coop.region.service.command;

import java.util.List;

/**
 * Describe a region anew: name ({@code null}: the official name) and priorities replace what it had; {@code active}
 * {@code true} brings a retired region back, {@code false} is refused (retiring is its own command).
 */
public record UpdateRegion(String code, String name, List<PriorityChoice> priorities, Boolean active) {
}
