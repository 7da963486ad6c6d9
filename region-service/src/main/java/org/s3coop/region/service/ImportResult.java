package org.s3coop.region.service;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.platform.problem.Problem;
import org.s3coop.region.service.command.ImportMode;

/**
 * What an import did, row by row. {@code written} false: nothing was written (mode ALL with an invalid row); the
 * valid rows' outcomes then say what would have been done.
 */
public record ImportResult(ImportMode mode, boolean written, List<Row> rows) {

    @Schema(name = "RegionImportOutcome")
    public enum Outcome {
        CREATED, UPDATED, UNCHANGED, INVALID
    }

    /** One row: its outcome, the region's version after it, the stakeholders added, or why it is invalid. */
    public record Row(int line, String code, Outcome outcome, Long version, int stakeholdersAdded,
            List<Problem.Violation> violations) {
    }

    public long count(Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
