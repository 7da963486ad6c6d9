package org.s3coop.partnership.domain;

/** An output (what the partnership did) or a result (what changed because of it). */
public enum IndicatorKind {
    OUTPUT, RESULT
}
