package org.s3coop.partnership.domain;

/** Why re-scoping was recommended. */
public enum RescopingCause {
    /** A member region was retired in region-service. */
    REGION_RETIRED,
    /** A member region no longer lists the partnership's priority. */
    PRIORITY_DROPPED,
    /** A criterion of a gate already passed no longer holds. */
    GATE_REGRESSED,
    /** Recorded before causes were kept (migration V3). */
    OTHER
}
