package org.s3coop.region.domain;

import org.s3coop.platform.problem.ProblemType;

/**
 * The problem types of region-service: its catalogue, listed in docs/api.md.
 * Generic types (validation, not-found, stale-version, ...) are the platform's {@code PlatformProblem}.
 */
public enum RegionProblem implements ProblemType {
    REGION_EXISTS("region-exists", 409, "Conflict"),
    RETIRED_REGION("retired-region", 409, "Conflict"),
    IMPORT_TOO_MANY_ROWS("import-too-many-rows", 400, "Too many rows");

    private final String slug;
    private final int status;
    private final String title;

    RegionProblem(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }
}
