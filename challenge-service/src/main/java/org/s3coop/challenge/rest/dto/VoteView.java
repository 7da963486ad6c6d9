package org.s3coop.challenge.rest.dto;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.s3coop.challenge.domain.RankingVote;

@Schema(name = "Vote", description = "The ordered list of clusters a region cast in a ranking round")
public record VoteView(@Schema(example = "2023-kickoff") String round, @Schema(example = "ES51") String regionCode,
        List<String> clusters, @Schema(description = "1 for the first cast, +1 per re-cast") long version,
        String castBy, OffsetDateTime castAt) {

    public static VoteView of(RankingVote v) {
        return new VoteView(v.round, v.regionCode, v.clusters, v.version, v.castBy, v.castAt);
    }
}
