package org.s3coop.partnership.domain;

/** Why a partnership steps back (the feedback loops of the S3 CoP working group). */
public enum RevertTrigger {
    SCOPE_NOT_GRANULAR, PRIORITIES_CHANGED, PARTICIPATION_CHANGED, NEW_LEAD_REGION, OTHER
}
