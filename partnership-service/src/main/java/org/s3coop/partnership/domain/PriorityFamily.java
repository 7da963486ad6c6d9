package org.s3coop.partnership.domain;

/** The three kinds of S3 priority (see region-service's catalogue). */
public enum PriorityFamily {
    ECONOMIC_DOMAIN, SCIENTIFIC_DOMAIN, POLICY_OBJECTIVE
}
