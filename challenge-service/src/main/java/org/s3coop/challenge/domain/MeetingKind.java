package org.s3coop.challenge.domain;

/** What kind of meeting of the working group. */
public enum MeetingKind {
    KICK_OFF, WORKSHOP, PEER_REVIEW, STUDY_VISIT, WEBINAR
}
