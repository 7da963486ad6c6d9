package org.s3coop.challenge.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.s3coop.platform.problem.ProblemException;

class MeetingTest {

    private static Meeting.Description description(String minutes) {
        return new Meeting.Description(" Kick-off ", MeetingKind.KICK_OFF, LocalDate.of(2023, 6, 8), "ES51", null,
                Attendance.of(List.of("FR10", "ES51", "FR10"), List.of(" UB ", "UB", " ")), minutes, List.of(" a ", ""));
    }

    @Test
    void everyActionFromEveryStatus() {
        assertThat(MeetingAction.availableFrom(MeetingStatus.PLANNED)).containsExactly(MeetingAction.MARK_HELD);
        assertThat(MeetingAction.availableFrom(MeetingStatus.HELD)).containsExactly(MeetingAction.PUBLISH_MINUTES);
        assertThat(MeetingAction.availableFrom(MeetingStatus.MINUTES_PUBLISHED)).isEmpty();
        for (MeetingStatus status : MeetingStatus.values()) {
            for (MeetingAction action : MeetingAction.values()) {
                if (MeetingAction.availableFrom(status).contains(action)) {
                    assertThat(action.requireAllowedFrom(status)).isEqualTo(action.target());
                } else {
                    assertThatThrownBy(() -> action.requireAllowedFrom(status)).isInstanceOf(ProblemException.class)
                            .hasMessageContaining("allowed actions are " + MeetingAction.availableFrom(status));
                }
            }
        }
    }

    @Test
    void aMeetingIsKeptTidyAndItsMinutesNeedWritingBeforeTheyArePublished() {
        Meeting m = Meeting.plan(description(null), "alice");
        assertThat(m.title).isEqualTo("Kick-off");
        assertThat(m.attendance.regions()).containsExactly("ES51", "FR10");
        assertThat(m.attendance.organisations()).containsExactly("UB");
        assertThat(m.decisions).containsExactly("a");
        assertThat(m.version).isEqualTo(1);
        m.transition(MeetingAction.MARK_HELD);
        assertThatThrownBy(() -> m.transition(MeetingAction.PUBLISH_MINUTES)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("no minutes");
        m.describe(description("Capacity first"));
        m.transition(MeetingAction.PUBLISH_MINUTES);
        assertThat(m.status).isEqualTo(MeetingStatus.MINUTES_PUBLISHED);
        assertThat(m.version).isEqualTo(4);
        assertThatThrownBy(() -> m.describe(description("Changed"))).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().type()).endsWith("/meeting-read-only"));
    }
}
