package org.s3coop.region.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class CooperationProfileTest {

    @Test
    void noneCountsZeroAtEveryStageInStageOrder() {
        CooperationProfile none = CooperationProfile.none();
        assertThat(none.activePartnerships()).isZero();
        assertThat(none.onHold()).isZero();
        assertThat(none.asLead()).containsExactly(entry("SCOPING", 0), entry("MAPPING", 0), entry("PILOT", 0),
                entry("SCALE_UP", 0));
        assertThat(none.asMember()).containsExactlyEntriesOf(none.asLead());
    }

    @Test
    void activeRowsCountByStageAsLeadOrMember() {
        CooperationProfile p = CooperationProfile.none()
                .plus("ACTIVE", "PILOT", true, 2)
                .plus("ACTIVE", "PILOT", false, 1)
                .plus("ACTIVE", "MAPPING", true, 1)
                .plus("ACTIVE", "SCALE_UP", false, 3);
        assertThat(p.activePartnerships()).isEqualTo(7);
        assertThat(p.asLead()).containsExactly(entry("SCOPING", 0), entry("MAPPING", 1), entry("PILOT", 2),
                entry("SCALE_UP", 0));
        assertThat(p.asMember()).containsExactly(entry("SCOPING", 0), entry("MAPPING", 0), entry("PILOT", 1),
                entry("SCALE_UP", 3));
        assertThat(p.onHold()).isZero();
    }

    @Test
    void onHoldRowsCountApartWhateverTheStageOrRole() {
        CooperationProfile p = CooperationProfile.none()
                .plus("ON_HOLD", "PILOT", true, 2)
                .plus("ON_HOLD", "SCOPING", false, 1);
        assertThat(p.onHold()).isEqualTo(3);
        assertThat(p.activePartnerships()).isZero();
        assertThat(p.asLead()).containsExactlyEntriesOf(CooperationProfile.none().asLead());
        assertThat(p.asMember()).containsExactlyEntriesOf(CooperationProfile.none().asMember());
    }

    @Test
    void rowsOfOtherStatusesCountNowhere() {
        CooperationProfile p = CooperationProfile.none().plus("ACTIVE", "PILOT", true, 1);
        assertThat(p.plus("CLOSED", "PILOT", true, 5)).isEqualTo(p);
        assertThat(p.plus("PROPOSED", "SCOPING", false, 5)).isEqualTo(p);
    }

    @Test
    void addingLeavesTheProfileItWasAddedToAsItWas() {
        CooperationProfile before = CooperationProfile.none();
        before.plus("ACTIVE", "PILOT", true, 1).plus("ON_HOLD", "PILOT", false, 1);
        assertThat(before).isEqualTo(CooperationProfile.none());
    }
}
