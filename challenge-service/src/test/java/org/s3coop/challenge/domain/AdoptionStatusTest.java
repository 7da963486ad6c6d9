package org.s3coop.challenge.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.s3coop.platform.problem.ProblemException;

class AdoptionStatusTest {

    @Test
    void movesAsTheTableSays() {
        assertThat(AdoptionStatus.PLANNED.next()).containsExactlyInAnyOrder(AdoptionStatus.IMPLEMENTING, AdoptionStatus.ABANDONED);
        assertThat(AdoptionStatus.IMPLEMENTING.next()).containsExactlyInAnyOrder(AdoptionStatus.IMPLEMENTED, AdoptionStatus.ABANDONED);
        assertThat(AdoptionStatus.IMPLEMENTED.next()).isEmpty();
        assertThat(AdoptionStatus.ABANDONED.next()).isEmpty();
        for (AdoptionStatus from : AdoptionStatus.values()) {
            for (AdoptionStatus to : AdoptionStatus.values()) {
                if (to == from || from.next().contains(to)) {
                    from.requireCanMoveTo(to);
                } else {
                    assertThatThrownBy(() -> from.requireCanMoveTo(to)).isInstanceOfSatisfying(ProblemException.class,
                            e -> assertThat(e.problem().type()).endsWith("/invalid-transition"));
                }
            }
        }
    }

    @Test
    void anAdoptionStartsInAnyStatusAndKeepsItsHistory() {
        PracticeAdoption a = PracticeAdoption.start(UUID.randomUUID(), "DE21");
        AdoptionChange first = a.change(AdoptionStatus.IMPLEMENTED, " Running ", "alice");
        assertThat(first.fromStatus).isNull();
        assertThat(first.toStatus).isEqualTo(AdoptionStatus.IMPLEMENTED);
        assertThat(first.version).isEqualTo(1);
        assertThat(a.adaptationNotes).isEqualTo("Running");

        AdoptionChange notes = a.change(AdoptionStatus.IMPLEMENTED, null, "bob");
        assertThat(notes.fromStatus).isEqualTo(AdoptionStatus.IMPLEMENTED);
        assertThat(a.adaptationNotes).isEqualTo("Running");
        assertThat(a.version).isEqualTo(2);
        assertThatThrownBy(() -> a.change(AdoptionStatus.PLANNED, null, "bob")).isInstanceOf(ProblemException.class);
        assertThat(a.version).isEqualTo(2);
    }
}
