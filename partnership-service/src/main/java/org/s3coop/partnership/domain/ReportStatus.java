package org.s3coop.partnership.domain;

/** A monitoring report is written as a DRAFT, then SUBMITTED: read-only from then on. */
public enum ReportStatus {
    DRAFT, SUBMITTED
}
