package org.s3coop.challenge.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The member regions of a known partnership, kept as one delimited column so a list can filter on one region. */
class KnownPartnershipTest {

    @Test
    void membersAreKeptSortedOnceEachBetweenBars() {
        assertThat(KnownPartnership.memberRegions(List.of("ES51", "DE21", "ES51"))).isEqualTo("|DE21|ES51|");
        assertThat(KnownPartnership.memberRegions(List.of())).isEqualTo("||");
    }

    @Test
    void membersReadBackAsTheList() {
        KnownPartnership p = new KnownPartnership();
        p.memberRegions = KnownPartnership.memberRegions(List.of("ITC4", "DE21"));
        assertThat(p.members()).containsExactly("DE21", "ITC4");
        p.memberRegions = "||";
        assertThat(p.members()).isEmpty();
    }
}
