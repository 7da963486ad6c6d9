package org.s3coop.challenge.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.s3coop.platform.time.UtcClock;

/**
 * A ranking round: the clusters it ranks (catalogue order), optionally the meeting it is held at and a deadline.
 * {@code OPEN → CLOSED}, by a call or by the deadline; the result is frozen at the close. A round created through
 * the API takes votes from working-group members only ({@code membersOnly}); a round that came into being with its
 * first vote ({@code implicit}, as every round did before rounds were created explicitly) takes them from every
 * known active region, as it always did.
 */
@Entity
@Table(name = "ranking_round")
public class RankingRound {
    /** A round code that names something else: {@code GET /api/v1/ranking-rounds/trend}. */
    public static final String RESERVED = "trend";

    @Id
    public String code;
    public String title;
    @Column(name = "meeting_id")
    public UUID meetingId;
    @Convert(converter = StringListConverter.class)
    public List<String> clusters;
    public OffsetDateTime deadline;
    @Column(name = "members_only")
    public boolean membersOnly;
    public boolean implicit;
    @Enumerated(EnumType.STRING)
    public RoundStatus status;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
    @Column(name = "closed_by")
    public String closedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "closed_on")
    public RoundClosing closedOn;
    @Convert(converter = RoundResultConverter.class)
    public RoundResult result;
    public long version;

    /** A round the working group creates: members only. */
    public static RankingRound open(String code, String title, UUID meetingId, List<String> clusters,
            OffsetDateTime deadline, String actor) {
        RankingRound r = new RankingRound();
        r.code = code;
        r.title = title == null || title.isBlank() ? code : title.strip();
        r.meetingId = meetingId;
        r.clusters = List.copyOf(clusters);
        r.deadline = deadline;
        r.membersOnly = true;
        r.implicit = false;
        r.status = RoundStatus.OPEN;
        r.createdBy = actor;
        r.createdAt = UtcClock.now();
        r.version = 1;
        return r;
    }

    /** The round a vote on an unknown round brings into being: the whole catalogue, every known active region. */
    public static RankingRound implicit(String code, List<String> catalogue, String actor) {
        RankingRound r = open(code, code, null, catalogue, null, actor);
        r.membersOnly = false;
        r.implicit = true;
        return r;
    }

    /** Fails with 409 {@code round-closed} unless the round takes votes at {@code now}. */
    public void requireAcceptsVotes(OffsetDateTime now) {
        if (status == RoundStatus.CLOSED) {
            throw ChallengeProblem.ROUND_CLOSED.exception("Ranking round " + code + " closed at " + closedAt
                    + "; its result is frozen");
        }
        if (isDue(now)) {
            throw ChallengeProblem.ROUND_CLOSED.exception("Ranking round " + code + " took votes until its deadline "
                    + deadline + "; it is closing");
        }
    }

    /** True when the round is OPEN and its deadline has come. */
    public boolean isDue(OffsetDateTime now) {
        return status == RoundStatus.OPEN && deadline != null && !now.isBefore(deadline);
    }

    /** The cut-off of a close at {@code now}: now, or the deadline if it came first. */
    public OffsetDateTime closingTime(OffsetDateTime now) {
        return deadline != null && deadline.isBefore(now) ? deadline : now;
    }

    /** Closes the round with its result, or 409 {@code invalid-transition} when it is closed already. */
    public void close(RoundResult frozen, OffsetDateTime at, RoundClosing on, String actor) {
        if (status != RoundStatus.OPEN) {
            throw ChallengeProblem.INVALID_TRANSITION.exception("Ranking round " + code + " is CLOSED already (at "
                    + closedAt + "); CLOSE applies to an OPEN round");
        }
        status = RoundStatus.CLOSED;
        result = frozen;
        closedAt = at;
        closedOn = on;
        closedBy = actor;
        version++;
    }
}
