package org.s3coop.region.service.command;

import java.util.List;

/** Register a region under a code of the NUTS 2024 classification; {@code name} {@code null}: the official name. */
public record RegisterRegion(String code, String name, List<PriorityChoice> priorities) {
}
