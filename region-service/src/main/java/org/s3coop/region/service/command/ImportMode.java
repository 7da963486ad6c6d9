package org.s3coop.region.service.command;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import writes when some rows are invalid. */
@Schema(name = "RegionImportMode")
public enum ImportMode {
    /** Nothing at all: every row is valid, or none is written. */
    ALL,
    /** The valid rows; the invalid ones are reported. */
    VALID_ROWS
}
