package org.s3coop.challenge.domain;

/** What can be done to a ranking round: CLOSE an OPEN one (its result is frozen). */
public enum RoundAction {
    CLOSE
}
