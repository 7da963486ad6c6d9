package org.s3coop.region.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.s3coop.platform.events.IncomingEvent;
import org.s3coop.platform.events.PoisonEventException;
import org.s3coop.platform.readmodel.ReadModelStatement;
import org.s3coop.region.domain.PartnershipParticipation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the cooperation read model reads of a partnership event, without a database. */
class CooperationReadModelTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "0b8f0a4e-8a43-4b51-9a56-2f1c0d3e7a10";

    private static IncomingEvent event(String type, String data) throws Exception {
        JsonNode node = JSON.readTree(data);
        return new IncomingEvent("e-1", type, "/s3coop/partnership-service", ID, node);
    }

    private static String partnership(String id, String members) {
        return """
                {"id":"%s","priority":{"family":"ECONOMIC_DOMAIN","code":"C22"},"leadRegion":"ES51","members":%s,
                 "stage":"PILOT","status":"ACTIVE","version":4}"""
                .formatted(id, members);
    }

    @Test
    void theLeadAndEveryMemberTakePartOnceEach() throws Exception {
        PartnershipParticipation p = CooperationReadModel.participation(event("org.s3coop.partnership.advanced.v1",
                partnership(ID, "[{\"regionCode\":\"ES51\"},{\"regionCode\":\"DE21\"},{\"regionCode\":\"ITC4\"}]")));
        assertThat(p).isEqualTo(new PartnershipParticipation(UUID.fromString(ID), "ES51",
                Set.of("DE21", "ES51", "ITC4"), "ECONOMIC_DOMAIN:C22", "PILOT", "ACTIVE", 4));
        assertThat(p.regions()).containsExactly("DE21", "ES51", "ITC4");
    }

    @Test
    void anEventWithoutAPriorityIsReadWithoutOne() throws Exception {
        PartnershipParticipation p = CooperationReadModel.participation(event("org.s3coop.partnership.proposed.v1",
                """
                {"id":"%s","leadRegion":"ES51","members":[],"stage":"SCOPING","status":"ACTIVE","version":1}"""
                        .formatted(ID)));
        assertThat(p.priorityKey()).isNull();
        assertThat(p.regions()).containsExactly("ES51");
    }

    @Test
    void theLeadTakesPartEvenWhenNotListedAsAMember() throws Exception {
        PartnershipParticipation p = CooperationReadModel.participation(event("org.s3coop.partnership.proposed.v1",
                partnership(ID, "[{\"regionCode\":\"DE21\"}]")));
        assertThat(p.regions()).containsExactly("DE21", "ES51");
    }

    @Test
    void anEventWithoutWhatTheReadModelNeedsIsPoison() throws Exception {
        String type = "org.s3coop.partnership.proposed.v1";
        assertThatThrownBy(() -> CooperationReadModel.participation(event(type, partnership("not-a-uuid", "[]"))))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("data.id is not a UUID");
        assertThatThrownBy(() -> CooperationReadModel.participation(event(type, partnership(ID, "{}"))))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("data.members is missing");
        assertThatThrownBy(() -> CooperationReadModel.participation(event(type, partnership(ID, "[{\"regionCode\":7}]"))))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("a member has no regionCode");
        assertThatThrownBy(() -> CooperationReadModel.participation(event(type,
                "{\"id\":\"" + ID + "\",\"members\":[],\"stage\":\"PILOT\",\"status\":\"ACTIVE\",\"version\":1}")))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("data.leadRegion");
        assertThatThrownBy(() -> CooperationReadModel.participation(event(type,
                "{\"id\":\"" + ID + "\",\"leadRegion\":\"ES51\",\"members\":[],\"stage\":\"PILOT\",\"status\":\"ACTIVE\"}")))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("data.version");
    }

    @Test
    void onlyPartnershipEventsOfVersionOneAreRead() throws Exception {
        CooperationReadModel readModel = new CooperationReadModel(); // no repository: a skipped event touches none
        for (String type : new String[] { "org.s3coop.partnership.advanced.v2", "org.s3coop.challenge.raised.v1",
                "org.s3coop.partnerships.advanced.v1" }) {
            assertThat(readModel.change(event(type, "{}"))).as(type).isSameAs(ReadModelStatement.NONE);
        }
        assertThat(CooperationReadModel.TYPES.accepts("org.s3coop.partnership.advanced.v1")).isTrue();
    }
}
