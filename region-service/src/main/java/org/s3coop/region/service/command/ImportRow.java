package org.s3coop.region.service.command;

import java.util.List;

import org.s3coop.platform.problem.Problem;

/**
 * One data row of a region import: the region it describes ({@code name} null: the official name), its priorities
 * (a missing label keeps the region's label for that code, else the catalogue's) and stakeholders to add, and what
 * was already wrong with the row as read ({@code violations}, e.g. a priority that is not {@code FAMILY:CODE}).
 *
 * @param line the row's line in the file (the header is line 1)
 */
public record ImportRow(int line, String code, String name, List<PriorityChoice> priorities,
        List<AddStakeholder> stakeholders, List<Problem.Violation> violations) {
}
