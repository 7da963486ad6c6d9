package org.s3coop.challenge.repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The open challenges counted per cluster, severity and partnership stage ({@code open_challenge_count}), kept by the
 * changes in their transactions: {@link #add} adds differences, {@link #MOVE_STAGE} moves a partnership's open
 * challenges when its stage changes (within the read model's statement, {@link KnownPartnershipRepository}); {@link
 * #all} reads the counts (a few rows). {@link #FROM_SCRATCH} computes them from the challenges and the partnership
 * read model.
 */
@ApplicationScoped
@WithSession
public class OpenChallengeCountRepository {
    /** The counts computed from the tables (resource summary/open-counts-from-scratch.sql), as migration V4 did. */
    public static final String FROM_SCRATCH = fromScratchSql();
    static final String UPSERT = " on conflict (cluster_code, severity, stage) do update "
            + "set open = open_challenge_count.open + excluded.open";
    /**
     * Moves a partnership's open challenges from stage %1$s to stage %2$s (SQL expressions of type text), the
     * partnership's id being %3$s; the caller adds its conditions, {@code group by 1, 2, 3} and {@link #UPSERT}.
     */
    static final String MOVE_STAGE = "insert into open_challenge_count (cluster_code, severity, stage, open) "
            + "select c.cluster_code, c.severity, m.stage, sum(m.sign) from challenge c "
            + "cross join (values (%1$s, -1), (%2$s, 1)) m (stage, sign) "
            + "where c.scope_type = 'PARTNERSHIP' and c.scope_ref = %3$s and c.status = 'OPEN'";

    /** A count: open challenges of a cluster and severity in a partnership stage ({@code ""}: not on a known partnership). */
    public record Key(String cluster, String severity, String stage) {
    }

    /** Adds {@code deltas} (non-zero) to the counts, in the caller's transaction. */
    public Uni<Void> add(Map<Key, Long> deltas) {
        if (deltas.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        StringJoiner values = new StringJoiner(", ");
        List<Object> params = new ArrayList<>();
        deltas.forEach((k, n) -> {
            values.add("(?, ?, ?, ?)");
            params.addAll(List.of(k.cluster(), k.severity(), k.stage(), n));
        });
        String sql = "insert into open_challenge_count (cluster_code, severity, stage, open) values " + values + UPSERT;
        return Panache.getSession().chain(s -> {
            var q = s.createNativeQuery(sql);
            for (int i = 0; i < params.size(); i++) {
                q.setParameter(i + 1, params.get(i));
            }
            return q.executeUpdate();
        }).replaceWithVoid();
    }

    /** The stage of a partnership the read model knows ({@code ""} when it knows none). */
    public Uni<String> stageOf(String partnershipId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "select coalesce((select stage from known_partnership where id = :id), '')", String.class)
                .setParameter("id", partnershipId).getSingleResult());
    }

    /** Every non-zero count: rows of [cluster, severity, stage, open]. */
    public Uni<List<Object[]>> all() {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "select cluster_code, severity, stage, open from open_challenge_count where open <> 0", Object[].class)
                .getResultList());
    }

    private static String fromScratchSql() {
        try (InputStream in = OpenChallengeCountRepository.class.getResourceAsStream("/summary/open-counts-from-scratch.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("--"))
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
