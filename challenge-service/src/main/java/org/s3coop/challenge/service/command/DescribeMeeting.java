package org.s3coop.challenge.service.command;

import java.time.LocalDate;
import java.util.List;

import org.s3coop.challenge.domain.MeetingKind;

/** Plan a meeting, or describe it anew (everything but its status, which moves by transitions). */
public record DescribeMeeting(String title, MeetingKind kind, LocalDate date, String hostRegion, String agenda,
        List<String> attendingRegions, List<String> attendingOrganisations, String minutes, List<String> decisions) {
}
