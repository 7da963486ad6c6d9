package org.s3coop.region.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An S3 priority of a region: a code of one family, with the region's own label for it. */
@Schema(name = "RegionPriority", description = "An S3 priority of a region: a catalogue code of one family, with the region's label")
public record Priority(PriorityFamily family, String code, String label) {

    /** The key used to compare priorities: codes are unique within a family. */
    public String key() {
        return family + ":" + code;
    }
}
