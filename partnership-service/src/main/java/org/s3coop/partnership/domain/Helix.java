package org.s3coop.partnership.domain;

/** The helices of the quadruple helix; each stakeholder type belongs to one ({@link StakeholderType#helix}). */
public enum Helix {
    ACADEMIA, INDUSTRY, GOVERNMENT, CIVIL_SOCIETY
}
