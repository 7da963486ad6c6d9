package org.s3coop.challenge.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.s3coop.challenge.domain.KnownPartnership;
import org.s3coop.platform.readmodel.ReadModelStatement;
import org.s3coop.platform.readmodel.VersionedUpsert;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;

@ApplicationScoped
@WithSession
public class KnownPartnershipRepository implements PanacheRepositoryBase<KnownPartnership, String> {
    /** $1 id, $2 title, $3 stage, $4 status, $5 member regions, $6 version. */
    private static final ReadModelStatement UPSERT = upsertMovingOpenCounts(6, List.of("title", "stage", "status",
            "member_regions"));
    /**
     * $1 id, $2 title, $3 stage, $4 status, $5 version. Without members: a new row gets the column's default (none,
     * {@code ||}), a known one keeps its members.
     */
    private static final ReadModelStatement UPSERT_KEEPING_MEMBERS = upsertMovingOpenCounts(5, List.of("title",
            "stage", "status"));

    /**
     * Keeps the partnership if this version is newer than the stored one and, when that changes its stage, moves its
     * open challenges in the summary's counts from the stage held before to the new one ({@link
     * OpenChallengeCountRepository#MOVE_STAGE}): the read model's part of the consumer's ONE statement ({@link
     * ReadModelStatement}, only on the event's first delivery). {@code memberRegions} ({@code |ES51|DE21|}) null keeps
     * the stored members. The statement counts the rows the upsert changed (0: the event was stale).
     */
    public ReadModelStatement.Change upsertIfNewer(String id, String title, String stage, String status,
            String memberRegions, long version) {
        return memberRegions == null
                ? UPSERT_KEEPING_MEMBERS.bind(id, title, stage, status, version)
                : UPSERT.bind(id, title, stage, status, memberRegions, version);
    }

    /**
     * The upsert of {@code columns} (its parameters: $1 the id, $3 the stage), with the stage held before it
     * ({@code ""}: none) read in the same statement and the open counts moved when the upsert changed the stage.
     */
    private static ReadModelStatement upsertMovingOpenCounts(int parameters, List<String> columns) {
        String upsert = VersionedUpsert.positionalIf("known_partnership", "id", columns,
                ReadModelStatement.ON_FIRST_DELIVERY);
        return ReadModelStatement.of(parameters, "before as (select coalesce((select stage from known_partnership "
                + "where id = $1), '') as stage), "
                + "up as (" + upsert + " returning stage), "
                + "moved as (" + OpenChallengeCountRepository.MOVE_STAGE.formatted("(select stage from before)",
                        "cast($3 as text)", "$1")
                + " and exists (select 1 from up) and (select stage from before) <> $3 group by 1, 2, 3"
                + OpenChallengeCountRepository.UPSERT + ")", "(select count(*) from up)");
    }
}
