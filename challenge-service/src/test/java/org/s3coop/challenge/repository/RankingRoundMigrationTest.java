package org.s3coop.challenge.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.s3coop.challenge.domain.BordaCount;
import org.s3coop.challenge.domain.ClusterStanding;
import org.s3coop.challenge.domain.RankingVote;
import org.s3coop.challenge.domain.RoundResult;
import org.s3coop.challenge.domain.RoundTally;
import org.s3coop.platform.embedded.EmbeddedPostgresServer;
import org.s3coop.platform.testing.SharedServers;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The rounds that exist before migration V3 (a round came into being with its first vote; {@code 2023-kickoff} is
 * one) migrate into the new model unchanged in result: on a database of its own, the migrations up to V2 run, the
 * kick-off's votes are inserted as the old service stored them, the old result is computed (the Borda count of every
 * vote over the catalogue, what {@code GET /ranking-rounds/2023-kickoff} answered), then the remaining migrations
 * run and the round's result is computed as the service now does ({@link RoundTally} over the round's clusters and
 * votes): the same standings, and the round is OPEN, open to every region, its voters members of the working group.
 */
class RankingRoundMigrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The kick-off's ten ballots (the demo data's), most critical first. */
    private static final Map<String, List<String>> KICKOFF = Map.of(
            "ES51", List.of("CAPACITY", "ALIGNING_ECOSYSTEMS", "FUNDING", "GOVERNANCE", "STAKEHOLDER_ENGAGEMENT", "KNOWLEDGE_AND_MONITORING"),
            "DE21", List.of("CAPACITY", "FUNDING", "ALIGNING_ECOSYSTEMS", "STAKEHOLDER_ENGAGEMENT", "GOVERNANCE", "KNOWLEDGE_AND_MONITORING"),
            "FR10", List.of("ALIGNING_ECOSYSTEMS", "CAPACITY", "FUNDING", "KNOWLEDGE_AND_MONITORING", "GOVERNANCE", "STAKEHOLDER_ENGAGEMENT"),
            "ITH5", List.of("CAPACITY", "ALIGNING_ECOSYSTEMS", "GOVERNANCE", "FUNDING", "STAKEHOLDER_ENGAGEMENT", "KNOWLEDGE_AND_MONITORING"),
            "NL41", List.of("FUNDING", "CAPACITY", "ALIGNING_ECOSYSTEMS", "GOVERNANCE", "KNOWLEDGE_AND_MONITORING", "STAKEHOLDER_ENGAGEMENT"),
            "PL21", List.of("CAPACITY", "ALIGNING_ECOSYSTEMS", "FUNDING", "STAKEHOLDER_ENGAGEMENT", "KNOWLEDGE_AND_MONITORING", "GOVERNANCE"),
            "EL30", List.of("ALIGNING_ECOSYSTEMS", "FUNDING", "CAPACITY", "GOVERNANCE", "STAKEHOLDER_ENGAGEMENT", "KNOWLEDGE_AND_MONITORING"),
            "FI1B", List.of("CAPACITY", "GOVERNANCE", "ALIGNING_ECOSYSTEMS", "FUNDING", "KNOWLEDGE_AND_MONITORING", "STAKEHOLDER_ENGAGEMENT"),
            "SE11", List.of("ALIGNING_ECOSYSTEMS", "CAPACITY", "STAKEHOLDER_ENGAGEMENT", "FUNDING", "GOVERNANCE", "KNOWLEDGE_AND_MONITORING"),
            "PT11", List.of("FUNDING", "ALIGNING_ECOSYSTEMS", "CAPACITY", "KNOWLEDGE_AND_MONITORING", "STAKEHOLDER_ENGAGEMENT", "GOVERNANCE"));

    @Test
    void theKickOffRoundKeepsItsResultThroughTheMigration() throws Exception {
        String database = "challenge_round_migration_" + System.nanoTime();
        String url = "jdbc:postgresql://localhost:" + SharedServers.postgresPort(database) + "/" + database;
        flyway(url).target("2").load().migrate();

        try (Connection c = DriverManager.getConnection(url, EmbeddedPostgresServer.USER, "")) {
            for (var vote : KICKOFF.entrySet()) {
                exec(c, "insert into ranking_vote (round_id, region_code, clusters, cast_by, cast_at, version) "
                        + "values ('2023-kickoff', ?, ?, 'coordinator', timestamptz '2023-06-08 14:00:00+02', 1)",
                        vote.getKey(), JSON.writeValueAsString(vote.getValue()));
            }
            // the old service: the Borda count of the round's ballots over the catalogue
            List<String> catalogue = strings(c, "select code from challenge_cluster order by position");
            List<ClusterStanding> before = BordaCount.count(catalogue, ballots(c).stream().map(v -> v.clusters).toList());
            assertThat(before.stream().map(ClusterStanding::cluster).limit(3))
                    .containsExactly("CAPACITY", "ALIGNING_ECOSYSTEMS", "FUNDING");

            flyway(url).load().migrate();

            assertThat(strings(c, "select status || ' ' || members_only || ' ' || implicit || ' ' || title from ranking_round"))
                    .containsExactly("OPEN false true 2023-kickoff");
            List<String> clusters = JSON.readValue(strings(c, "select clusters from ranking_round").get(0),
                    new TypeReference<List<String>>() {
                    });
            assertThat(clusters).isEqualTo(catalogue);
            RoundResult after = RoundTally.count(clusters, ballots(c), Map.of(), OffsetDateTime.now());
            assertThat(after.standings()).usingRecursiveFieldByFieldElementComparator().isEqualTo(before);
            assertThat(after.countedRegions()).hasSize(10);
            assertThat(strings(c, "select region_code from working_group_member order by region_code"))
                    .containsExactlyElementsOf(KICKOFF.keySet().stream().sorted().toList());
            assertThat(strings(c, "select cast(joined_on as text) from working_group_member group by joined_on"))
                    .containsExactly("2023-06-08");
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url) {
        return Flyway.configure().dataSource(url, EmbeddedPostgresServer.USER, "")
                .locations("classpath:db/platform", "classpath:db/migration").outOfOrder(true);
    }

    private static List<RankingVote> ballots(Connection c) throws Exception {
        List<RankingVote> votes = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("select region_code, clusters from ranking_vote "
                + "where round_id = '2023-kickoff' order by region_code"); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                RankingVote v = new RankingVote();
                v.round = "2023-kickoff";
                v.regionCode = rs.getString(1);
                v.clusters = JSON.readValue(rs.getString(2), new TypeReference<List<String>>() {
                });
                votes.add(v);
            }
        }
        return votes;
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static void exec(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setString(i + 1, params[i]);
            }
            st.executeUpdate();
        }
    }
}
