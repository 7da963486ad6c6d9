package org.s3coop.challenge.domain;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.s3coop.platform.time.UtcClock;

/** The ordered list of clusters one region cast in one ranking round; re-casting replaces it. */
@Entity
@Table(name = "ranking_vote")
@IdClass(RankingVote.Key.class)
public class RankingVote {
    @Id
    @Column(name = "round_id")
    public String round;
    @Id
    @Column(name = "region_code")
    public String regionCode;
    /** Cluster codes, most critical first. */
    @Convert(converter = StringListConverter.class)
    public List<String> clusters;
    @Column(name = "cast_by")
    public String castBy;
    @Column(name = "cast_at")
    public OffsetDateTime castAt;
    /** 1 for the first cast, +1 per re-cast. */
    public long version;

    public static RankingVote cast(String round, String regionCode, Ballot ballot, String actor) {
        RankingVote v = new RankingVote();
        v.round = round;
        v.regionCode = regionCode;
        v.version = 0;
        v.recast(ballot, actor);
        return v;
    }

    public void recast(Ballot ballot, String actor) {
        clusters = ballot.clusters();
        castBy = actor;
        castAt = UtcClock.now();
        version++;
    }

    public static class Key implements Serializable {
        public String round;
        public String regionCode;

        public Key() {
        }

        public Key(String round, String regionCode) {
            this.round = round;
            this.regionCode = regionCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(round, k.round) && Objects.equals(regionCode, k.regionCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(round, regionCode);
        }
    }
}
