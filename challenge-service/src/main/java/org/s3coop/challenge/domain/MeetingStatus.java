package org.s3coop.challenge.domain;

/** PLANNED → HELD → MINUTES_PUBLISHED; once the minutes are published the meeting no longer changes. */
public enum MeetingStatus {
    PLANNED, HELD, MINUTES_PUBLISHED
}
