package org.s3coop.partnership.domain;

/** The helices of a regional innovation ecosystem. */
public enum StakeholderType {
    UNIVERSITY, RESEARCH_ORGANISATION, COMPANY, CLUSTER, CIVIL_SOCIETY, PUBLIC_AUTHORITY
}
