package org.s3coop.partnership.domain;

/** The types of organisation of a regional innovation ecosystem, each in one helix. */
public enum StakeholderType {
    UNIVERSITY(Helix.ACADEMIA),
    RESEARCH_ORGANISATION(Helix.ACADEMIA),
    COMPANY(Helix.INDUSTRY),
    CLUSTER(Helix.INDUSTRY),
    CIVIL_SOCIETY(Helix.CIVIL_SOCIETY),
    PUBLIC_AUTHORITY(Helix.GOVERNMENT);

    public final Helix helix;

    StakeholderType(Helix helix) {
        this.helix = helix;
    }
}
