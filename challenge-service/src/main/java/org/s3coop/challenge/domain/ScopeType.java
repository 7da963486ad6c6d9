package org.s3coop.challenge.domain;

/** What a challenge is raised on: one partnership (ref = its id), one region (ref = NUTS code) or the community. */
public enum ScopeType {
    PARTNERSHIP, REGION, COMMUNITY
}
