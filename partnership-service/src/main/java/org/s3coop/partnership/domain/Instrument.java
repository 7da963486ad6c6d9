package org.s3coop.partnership.domain;

/** The funding instrument an investment project applies to (DESIGN.md section 9). */
public enum Instrument {
    I3_STRAND_1, I3_STRAND_2A, I3_STRAND_2B, INTERREG, HORIZON_EUROPE, ERDF, NATIONAL, REGIONAL, PRIVATE, OTHER
}
