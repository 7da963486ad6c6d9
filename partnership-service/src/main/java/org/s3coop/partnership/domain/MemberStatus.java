package org.s3coop.partnership.domain;

/**
 * A member's consent: ACTIVE when the caller who added it speaks for the region (an admin, or an editor whose
 * {@code regions} claim lists it) or once the region accepted; INVITED until then. Only ACTIVE members count.
 */
public enum MemberStatus {
    INVITED, ACTIVE
}
