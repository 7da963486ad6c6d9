package org.s3coop.challenge.domain;

/** How much a challenge holds cooperation back; a BLOCKING one on a partnership stops its PILOT→SCALE_UP gate. */
public enum Severity {
    LOW, MEDIUM, HIGH, BLOCKING
}
