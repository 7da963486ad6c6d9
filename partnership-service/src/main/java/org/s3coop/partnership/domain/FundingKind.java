package org.s3coop.partnership.domain;

/** Where money comes from. */
public enum FundingKind {
    EU, NATIONAL, REGIONAL, PRIVATE
}
