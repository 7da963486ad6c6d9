package org.s3coop.region.domain;

/** The three kinds of S3 priority. */
public enum PriorityFamily {
    /** NACE Rev.2 section (A..U) or division (section letter + two digits, e.g. C21). */
    ECONOMIC_DOMAIN,
    /** NABS 2007 chapter, NABS01..NABS14. */
    SCIENTIFIC_DOMAIN,
    /** A policy objective of the s3coop catalogue. */
    POLICY_OBJECTIVE
}
