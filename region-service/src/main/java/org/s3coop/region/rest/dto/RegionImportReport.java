package org.s3coop.region.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.platform.problem.Problem;
import org.s3coop.region.service.ImportResult;
import org.s3coop.region.service.command.ImportMode;

@Schema(name = "RegionImportReport", description = "What an import did (or, when `written` is false, would have done), "
        + "row by row")
public record RegionImportReport(
        @Schema(example = "ALL", description = "ALL: nothing is written if a row is invalid; VALID_ROWS: the valid rows are") ImportMode mode,
        @Schema(description = "false: nothing was written (mode ALL and an invalid row)") boolean written,
        @Schema(example = "12") long created,
        @Schema(example = "3") long updated,
        @Schema(example = "40") long unchanged,
        @Schema(example = "0") long invalid,
        List<Row> rows) {

    @Schema(name = "RegionImportRow", description = "One row of the file")
    public record Row(
            @Schema(example = "2", description = "The row's number in the file, the header being 1 (a spreadsheet's row number)") int line,
            @Schema(example = "ES51", nullable = true, description = "null when the cell is not a NUTS code") String code,
            @Schema(example = "CREATED") ImportResult.Outcome outcome,
            @Schema(example = "1", nullable = true, description = "The region's version after the row (null: not registered)") Long version,
            @Schema(example = "2", description = "Stakeholders added (those the region had already are not added twice)") int stakeholdersAdded,
            @Schema(description = "Why the row is invalid (fields of the row: code, name, priorities[i].code, ...)") List<Problem.Violation> violations) {
    }

    public static RegionImportReport of(ImportResult result) {
        return new RegionImportReport(result.mode(), result.written(), result.count(ImportResult.Outcome.CREATED),
                result.count(ImportResult.Outcome.UPDATED), result.count(ImportResult.Outcome.UNCHANGED),
                result.count(ImportResult.Outcome.INVALID), result.rows().stream().map(r -> new Row(r.line(), r.code(),
                        r.outcome(), r.version(), r.stakeholdersAdded(), r.violations())).toList());
    }
}
