package org.s3coop.challenge.domain;

import java.time.LocalDate;

/** Which meetings a list shows (null means "any"), and in which order: latest date first unless {@code earliestFirst}. */
public record MeetingFilter(MeetingStatus status, LocalDate from, LocalDate to, String hostRegion, boolean earliestFirst) {
}
