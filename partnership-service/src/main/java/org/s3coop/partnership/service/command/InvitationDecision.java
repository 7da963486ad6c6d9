package org.s3coop.partnership.service.command;

/** What an invited region answers. */
public enum InvitationDecision {
    /** It takes part: ACTIVE from now on. */
    ACCEPT,
    /** It does not: the invitation ends, the region is no member. */
    DECLINE
}
