package org.s3coop.partnership.domain;

/** How a closed partnership ended. */
public enum Outcome {
    COMPLETED, DISCONTINUED
}
