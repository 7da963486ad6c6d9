package org.s3coop.partnership.domain;

/**
 * Who may do what to a partnership: one table, action × role (DESIGN.md section 8; docs/partnership-service.md shows
 * it, PartnershipActionTest keeps the two alike). Admins may do everything. {@code leads}: the editors of an ACTIVE
 * LEAD member region (they run the partnership: membership, evidence, transitions). {@code region}: the editors of
 * the region the action concerns (the region proposed as lead; the member that changes its contribution, its
 * participants or its letter, or leaves; the invited region deciding). Everyone else is refused with 403 naming the
 * missing right (this action). The transitions are the rows of the same name as {@link TransitionAction}'s.
 */
public enum PartnershipAction {
    //                     leads  region
    PROPOSE(               false, true,  "propose a partnership led by the region"),
    INVITE_MEMBER(         true,  false, "add a region (ACTIVE when the caller speaks for it, else INVITED)"),
    CHANGE_MEMBER_ROLE(    true,  false, "make a member LEAD or PARTNER"),
    CHANGE_CONTRIBUTION(   true,  true,  "change a member's contribution"),
    REMOVE_MEMBER(         true,  true,  "remove a member or withdraw an invitation; a member's own editors: leave"),
    DECIDE_INVITATION(     false, true,  "ACCEPT or DECLINE the region's invitation"),
    ADD_PARTICIPANT(       true,  true,  "add an organisation of the region"),
    UPDATE_PARTICIPANT(    true,  true,  "rename an organisation of the region or change its type"),
    REMOVE_PARTICIPANT(    true,  true,  "remove an organisation of the region"),
    RECORD_LETTER(         true,  true,  "record the region's commitment letter"),
    REMOVE_LETTER(         true,  true,  "remove the region's commitment letter"),
    RECORD_EVIDENCE(       true,  false, "record the scoping note, complementarity map, pilot report or funding plan"),
    ADVANCE(               true,  false, "advance through the next gate"),
    REVERT(                true,  false, "step back to an earlier stage"),
    HOLD(                  true,  false, "put on hold"),
    RESUME(                true,  false, "resume"),
    CLOSE(                 true,  false, "close with an outcome"),
    DISMISS_RESCOPING(     true,  false, "dismiss the re-scoping recommendation, with a reason"),
    RECORD_PROJECT(        true,  false, "record an investment project or edit its details"),
    MOVE_PROJECT(          true,  false, "move an investment project through its statuses"),
    RECORD_REPORT(         true,  false, "write or edit the monitoring report of a half-year"),
    SUBMIT_REPORT(         true,  false, "submit the monitoring report of a half-year (read-only after)");

    /** The editors of an active lead region may. */
    public final boolean leads;
    /** The editors of the region the action concerns may. */
    public final boolean region;
    /** What the action does, as the docs and the 403 say it. */
    public final String what;

    PartnershipAction(boolean leads, boolean region, String what) {
        this.leads = leads;
        this.region = region;
        this.what = what;
    }
}
