package org.s3coop.challenge.domain;

/** A ranking round takes votes while OPEN; CLOSED freezes its result. */
public enum RoundStatus {
    OPEN, CLOSED
}
