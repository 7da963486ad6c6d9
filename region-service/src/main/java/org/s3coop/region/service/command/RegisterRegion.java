package org.s3coop.region.service.command;

import java.util.List;

/** Register a region under its NUTS code; {@code nutsVersion} {@code null} means the current one (2024). */
public record RegisterRegion(String code, String name, String nutsVersion, List<PriorityChoice> priorities) {
}
